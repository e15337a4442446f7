#!/usr/bin/env node
/**
 * `npm run check:imports`: the floor plan of src/ (README, "Architecture"), checked. Every module imports
 * only from its own room or from a floor below; no static import cycle; `import()` only in src/parts.ts, the
 * one owner of on-demand code. Type-only imports obey the floors too (a type from upstairs is a dependency
 * on upstairs); parts.ts may name the types of the parts it loads. Tests are outside the plan.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '..');
const src = join(root, 'src');

/** Bottom to top: a room may import its own modules and any room on a lower floor. */
export const FLOORS = [
  ['errors.ts'],
  ['util/'],
  ['parts.ts'],
  ['sanitize/', 'i18n/'],
  ['sources/'],
  ['data/'],
  ['element/'],
  ['news-feed/', 'news-article/'],
  ['bundle.ts', 'define.ts', 'index.ts', 'headless.ts', 'prerender/'],
];
/** The one module that loads parts on demand. */
const PARTS = 'parts.ts';

const roomOf = (file) => {
  for (const [level, rooms] of FLOORS.entries()) {
    const room = rooms.find((name) => (name.endsWith('/') ? file.startsWith(name) : file === name));
    if (room) return { room, level };
  }
  return undefined;
};

function modules(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return modules(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** `{ from, to, kind }` for each relative import of `file`: `static`, `type` or `dynamic`. */
function importsOf(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found = [];
  const add = (specifier, kind) => {
    if (!specifier.startsWith('.')) return;
    const to = relative(src, resolve(dirname(file), specifier)).replace(/\.js$/, '.ts');
    found.push({ from: relative(src, file), to, kind });
  };
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      const typeOnly = ts.isImportDeclaration(node)
        ? node.importClause?.isTypeOnly ||
          (node.importClause?.namedBindings &&
            ts.isNamedImports(node.importClause.namedBindings) &&
            !node.importClause.name &&
            node.importClause.namedBindings.elements.length > 0 &&
            node.importClause.namedBindings.elements.every((element) => element.isTypeOnly))
        : node.isTypeOnly;
      add(node.moduleSpecifier.text, typeOnly ? 'type' : 'static');
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteral(argument)) add(argument.text, 'dynamic');
      else found.push({ from: relative(src, file), to: '<computed>', kind: 'dynamic' });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

export function checkImports() {
  const files = modules(src);
  const edges = files.flatMap(importsOf);
  const problems = [];
  for (const file of files.map((path) => relative(src, path))) {
    if (!roomOf(file)) problems.push(`${file} is in no room of the floor plan (scripts/check-imports.mjs)`);
  }
  for (const { from, to, kind } of edges) {
    if (kind === 'dynamic') {
      // util/import-part.ts is how the page bundle runs parts.ts's imports (a computed URL, no module).
      if (from !== PARTS && !(from === 'util/import-part.ts' && to === '<computed>')) {
        problems.push(`${from} imports ${to} on demand: only ${PARTS} may (declare the part there)`);
      }
      continue;
    }
    const a = roomOf(from);
    const b = roomOf(to);
    if (!a || !b || a.room === b.room || b.level < a.level) continue;
    if (kind === 'type' && from === PARTS) continue;
    problems.push(
      b.level > a.level
        ? `${from} imports ${to}${kind === 'type' ? ' (types)' : ''}: up a floor (${a.room} → ${b.room})`
        : `${from} imports ${to}: across the floor (${a.room} → ${b.room})`,
    );
  }
  problems.push(...cycles(edges.filter((edge) => edge.kind === 'static')));
  return { files: files.length, edges: edges.length, problems };
}

/** Each static import cycle (Tarjan's strongly connected components of more than one module, or a self-import). */
function cycles(edges) {
  const next = new Map();
  for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to]);
  let index = 0;
  const order = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  const connect = (node) => {
    order.set(node, index);
    low.set(node, index++);
    stack.push(node);
    onStack.add(node);
    for (const to of next.get(node) ?? []) {
      if (!order.has(to)) {
        connect(to);
        low.set(node, Math.min(low.get(node), low.get(to)));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node), order.get(to)));
    }
    if (low.get(node) !== order.get(node)) return;
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (next.get(node) ?? []).includes(node)) {
      found.push(`import cycle: ${component.sort().join(' → ')}`);
    }
  };
  for (const node of next.keys()) if (!order.has(node)) connect(node);
  return found;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { files, edges, problems } = checkImports();
  for (const problem of problems) console.error(`check:imports: ${problem}`);
  console.log(
    `check:imports: ${files} modules, ${edges} imports: ${problems.length ? `${problems.length} problems` : 'one way down, no cycle'}`,
  );
  process.exit(problems.length ? 1 : 0);
}
