/**
 * What the RSS part (parts.ts) holds: the RSS/Atom adapter, and the readers that most RSS sources need and
 * JSON sources rarely do, which those few take from here: dates with month or zone names (RFC 822) and the
 * decoding of bodies in legacy encodings (most such bodies are RSS).
 */
export { adaptXml } from './rss.js';
export { readNamedDate } from './dates/named-date.js';
export { decodeBody } from './decode/decode.js';
