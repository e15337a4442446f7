import { chunkUnavailable, NewsError } from '../errors.js';
import { adaptNative } from './native.js';
import { yieldToPage } from './normalize.js';
import { isObject, isWordPressPost, JSON_FEED_VERSION } from './shape.js';
import type { Adapter, AdapterContext, NewsPage, SourceFormat } from './types.js';

export type FormatSetting = 'auto' | SourceFormat;

/**
 * The adapters. Our own format is in the main bundle; the others load the first time a source needs them,
 * so that a page reading our JSON downloads no JSON Feed, RSS or WordPress code.
 */
const ADAPTERS: Record<SourceFormat, () => Adapter | Promise<Adapter>> = {
  native: () => adaptNative,
  jsonfeed: () => import('./jsonfeed.js').then((module) => module.adaptJsonFeed),
  wordpress: () => import('./wordpress.js').then((module) => module.adaptWordPress),
  rss: () => import('./rss.js').then((module) => module.adaptXml),
  custom: () => import('./custom.js').then((module) => module.adaptCustom),
};

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

/** Above this many characters a body counts as large: parsing it yields to the page before and after. */
const LARGE_BODY = 500_000;

const XML_TYPES = /^\s*(?:application\/(?:rss|atom|rdf)\+xml|application\/xml|text\/xml)\s*(?:;|$)/i;

export interface ParsedSource extends NewsPage {
  format: SourceFormat;
}

/**
 * Decoded body of a response (see `decodeBody`) → normalized page. XML (by content type, or a body that starts
 * with `<`) goes to the RSS/Atom adapter; JSON is parsed and its format detected by shape unless `format`
 * names one. Errors are `NewsError`s of kind `parse` (with the position when the parser gives one) or
 * `format` (naming the formats tried and what was found).
 */
export async function parseSource(
  body: string,
  contentType: string,
  format: FormatSetting,
  context: AdapterContext,
): Promise<ParsedSource> {
  const url = context.baseUrl;
  try {
    const text = body.replace(/^\uFEFF/, '');
    const start = text.trimStart()[0];
    const xml =
      format === 'rss' ||
      (format === 'auto' &&
        (start === '<' || (XML_TYPES.test(contentType ?? '') && start !== '{' && start !== '[')));
    if (xml) return { format: 'rss', ...(await (await adapter('rss'))(text, context)) };
    if (start === '<') {
      throw new NewsError('format', `Format "${format}" expects JSON, but the source is XML or HTML.`);
    }
    // Decoding and parsing megabytes are single long steps of their own; what follows gets tasks of its own.
    const large = text.length > LARGE_BODY;
    if (large) await yieldToPage();
    const payload = parseJson(text);
    // A User Timing mark lets tools (bench/large-source.mjs, devtools) tell parsing from what follows it.
    if (large) performance.mark('news-elements:json-parsed', { detail: { url } });
    if (large) await yieldToPage();
    const chosen = format === 'auto' ? recognise(payload, context) : format;
    // Only failures need to say what was found instead: that text loads when one happens.
    if (!chosen)
      throw (await import('./unknown-format.js').catch(chunkUnavailable)).unknownFormat(payload, url, TRIED);
    if (!ADAPTERS[chosen]) throw new NewsError('format', `Unknown format "${String(chosen)}".`);
    const page = await (await adapter(chosen))(payload, context);
    // `fields` may name page-level values for any JSON format (custom already read them).
    if (chosen !== 'custom' && context.fields) {
      const { pageFields } = await import('./custom.js').catch(chunkUnavailable);
      Object.assign(page, pageFields(payload, context.fields, url));
    }
    return { format: chosen, ...page };
  } catch (error) {
    if (error instanceof NewsError) {
      throw new NewsError(error.kind, `${url}: ${error.message}`, { url, cause: error });
    }
    throw error;
  }
}

/** The adapter of `format`, downloading its chunk if need be. */
const adapter = async (format: SourceFormat): Promise<Adapter> => {
  try {
    return await ADAPTERS[format]();
  } catch (error) {
    return chunkUnavailable(error);
  }
};

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
