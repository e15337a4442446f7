import { NewsError } from '../errors.js';
import { yieldToPage } from './normalize.js';
import { isObject, isWordPressPost, JSON_FEED_VERSION } from './shape.js';
import type { AdapterContext, NewsPage, SourceFormat } from './types.js';

export type FormatSetting = 'auto' | SourceFormat;

/** JSON formats `auto` tries, in order, each with the test that recognises it. */
const DETECTORS: [SourceFormat, (payload: unknown, context: AdapterContext) => boolean][] = [
  ['custom', (_payload, context) => typeof context.fields?.items === 'string'],
  [
    'jsonfeed',
    (payload) =>
      isObject(payload) &&
      typeof payload.version === 'string' &&
      JSON_FEED_VERSION.test(payload.version) &&
      // A bare "1.0" is common to many JSON formats (oEmbed says so too): only with a list of items is it a feed.
      (payload.version.startsWith('http') || Array.isArray(payload.items)),
  ],
  [
    'wordpress',
    (payload) =>
      Array.isArray(payload)
        ? payload.length > 0 && payload.every(isWordPressPost)
        : isWordPressPost(payload) && 'id' in payload,
  ],
  ['native', (payload) => isObject(payload) && Array.isArray(payload.items) && !('version' in payload)],
];

export const TRIED = DETECTORS.map(([name]) => name);

/**
 * The format a source will turn out to be in, when its settings or its URL say so before it answers: the
 * `format` it names, WordPress's REST API by its path, an XML file (RSS/Atom: the only reader of XML) by its
 * extension or WordPress's `?feed=` (rss2, atom, rdf). Only a guess, for downloading the adapter early; the answer decides.
 * Names JSON Feed and ours share (`feed.json`) say nothing.
 */
export function expectedFormat(url: string, format: FormatSetting): SourceFormat | undefined {
  if (format !== 'auto') return format;
  if (/\/wp-json\/|[?&]rest_route=\//.test(url)) return 'wordpress';
  return /\.(?:xml|rss|atom)\b|[?&]feed=/i.test(url) ? 'rss' : undefined;
}

/** Above this many characters a body counts as large: parsing it yields to the page before and after. */
const LARGE_BODY = 500_000;

const XML_TYPES = /^\s*(?:application\/(?:rss|atom|rdf)\+xml|application\/xml|text\/xml)\s*(?:;|$)/i;

export interface ParsedSource extends NewsPage {
  format: SourceFormat;
}

/** A body read as far as its format: XML text for the RSS adapter, or parsed JSON. */
export interface Payload {
  /** Undefined when `auto` recognised no format (see `unknownFormat`). */
  format: SourceFormat | undefined;
  payload: unknown;
}

/**
 * Decoded body of a response (see `bodyText`) → its format and the payload its adapter takes. XML (by content
 * type, or a body that starts with `<`) is for the RSS/Atom adapter; JSON is parsed and its format detected by
 * shape unless `format` names one. Errors are `NewsError`s of kind `parse` (with the position when the parser
 * gives one) or `format`.
 */
export async function readPayload(
  body: string,
  contentType: string,
  format: FormatSetting,
  context: AdapterContext,
): Promise<Payload> {
  const text = body.replace(/^\uFEFF/, '');
  const start = text.trimStart()[0];
  const xml =
    format === 'rss' ||
    (format === 'auto' &&
      (start === '<' || (XML_TYPES.test(contentType ?? '') && start !== '{' && start !== '[')));
  if (xml) return { format: 'rss', payload: text };
  if (start === '<') {
    throw new NewsError('format', `Format "${format}" expects JSON, but the source is XML or HTML.`);
  }
  // Decoding and parsing megabytes are single long steps of their own; what follows gets tasks of its own.
  const large = text.length > LARGE_BODY;
  if (large) await yieldToPage();
  const payload = parseJson(text);
  // A User Timing mark lets tools (bench/large-source.mjs, devtools) tell parsing from what follows it.
  if (large) performance.mark('news-elements:json-parsed', { detail: { url: context.baseUrl } });
  if (large) await yieldToPage();
  return { format: format === 'auto' ? recognise(payload, context) : format, payload };
}

/** The JSON format of a payload, when `auto` knows it. */
export function recognise(payload: unknown, context: AdapterContext): SourceFormat | undefined {
  return DETECTORS.find(([, fits]) => fits(payload, context))?.[0];
}

/**
 * Where and why, in one form whichever engine parsed: Chromium says `… in JSON at position 52 (line 1 column
 * 53)`, Firefox `JSON.parse: … at line 1 column 53 of the JSON data`, WebKit `JSON Parse error: …` with no
 * position.
 */
function jsonErrorAt(message: string): string {
  const at = /line (\d+) column (\d+)/.exec(message);
  const reason = message
    .replace(/^JSON(?:\.parse:| Parse error:)\s*/, '')
    .replace(/\s*(?:in JSON )?at (?:position|line) .*$/, '');
  return `${at ? ` at line ${at[1]}, column ${at[2]}` : ''}: ${reason}`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new NewsError('parse', `not valid JSON${jsonErrorAt(String((error as Error).message))}`, {
      cause: error,
    });
  }
}
