import { NewsError } from '../errors.js';
import { isObject } from './shape.js';

/**
 * The format error for a JSON payload no detector recognised: the formats `tried` and what was found, with
 * a hint of what to do. Only failures need it, so `parseSource` loads it when one happens.
 */
export function unknownFormat(payload: unknown, url: string, tried: string[]): NewsError {
  const keys = isObject(payload) ? Object.keys(payload) : [];
  const shown = keys.slice(0, 12).map((key) => `"${key}"`);
  const shape = isObject(payload)
    ? keys.length
      ? `top-level keys: ${shown.join(', ')}${keys.length > 12 ? `, … (${keys.length} in all)` : ''}`
      : 'an empty object'
    : Array.isArray(payload)
      ? payload.length
        ? 'a top-level array whose entries are not WordPress posts'
        : 'an empty top-level array'
      : `a top-level ${payload === null ? 'null' : typeof payload}`;
  const hint = keys.some((key) => ['rss', 'feed', 'channel', 'rdf:RDF'].includes(key))
    ? ' It looks like an RSS/Atom feed converted to JSON: point src at the XML feed itself.'
    : ' For other JSON, set format="custom" and describe it with fields.';
  return new NewsError(
    'format',
    `This is not a news source this widget knows. Tried ${tried.join(', ')} (JSON) and rss (XML); ` +
      `found ${shape}.${hint}`,
    { url },
  );
}
