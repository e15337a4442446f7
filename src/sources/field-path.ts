/**
 * Dot paths into JSON (and XML elements): `data.danhSach`, `a.b[0].c` or `a.b.0.c`, and `[]` to map the rest
 * of the path over an array (`the[].ten` → every tag's `ten`). An empty path or `$` is the value itself.
 * On an XML element a segment names a child element (`media:thumbnail` or its local name) and `@name` an
 * attribute; an element at the end of a path reads as its text.
 */
export type PathToken = string | number | typeof EACH;

export const EACH = Symbol('each');

const cache = new Map<string, PathToken[]>();

export function parsePath(path: string): PathToken[] {
  const cached = cache.get(path);
  if (cached) return cached;
  const tokens: PathToken[] = [];
  const trimmed = path.trim().replace(/^\$\.?/, '');
  for (const part of trimmed ? trimmed.split('.') : []) {
    const m = /^([^[\]]*)((?:\[\d*\])*)$/.exec(part);
    if (!m) throw new Error(`"${path}" is not a field path (segment "${part}").`);
    if (m[1]) tokens.push(/^\d+$/.test(m[1]) ? Number(m[1]) : m[1]);
    for (const [, index] of m[2].matchAll(/\[(\d*)\]/g)) tokens.push(index === '' ? EACH : Number(index));
  }
  cache.set(path, tokens);
  return tokens;
}

/** The value at `path` in `root`, or undefined when any step is missing. */
export function readPath(root: unknown, path: string): unknown {
  return finish(walk(root, parsePath(path)));
}

function walk(value: unknown, tokens: PathToken[]): unknown {
  let current = value;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (current === undefined || current === null) return undefined;
    if (token === EACH) {
      const list = isElement(current) ? [current] : current;
      if (!Array.isArray(list)) return undefined;
      const rest = tokens.slice(i + 1);
      const mapped = list.map((entry) => walk(entry, rest)).filter((entry) => entry !== undefined);
      return rest.includes(EACH) ? mapped.flat() : mapped;
    }
    current = step(current, token, tokens[i + 1] === EACH);
  }
  return current;
}

function step(value: unknown, token: string | number, all: boolean): unknown {
  if (isElement(value)) {
    if (typeof token === 'string' && token.startsWith('@'))
      return value.getAttribute(token.slice(1)) ?? undefined;
    if (typeof token === 'number') return undefined;
    const children = [...value.children].filter(
      (child) => child.nodeName === token || (!token.includes(':') && child.localName === token),
    );
    return all ? children : children[0];
  }
  if (Array.isArray(value)) {
    return typeof token === 'number' || /^\d+$/.test(token) ? value[Number(token)] : undefined;
  }
  if (typeof value === 'object') return (value as Record<string, unknown>)[String(token)];
  return undefined;
}

function finish(value: unknown): unknown {
  if (isElement(value)) return value.textContent ?? undefined;
  if (Array.isArray(value)) return value.map((entry) => (isElement(entry) ? entry.textContent : entry));
  return value;
}

const isElement = (value: unknown): value is Element =>
  typeof Element !== 'undefined' && value instanceof Element;
