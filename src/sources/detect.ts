import { NewsError } from '../errors.js';
import { adaptJsonFeed, JSON_FEED_VERSION } from './jsonfeed.js';
import { adaptNative } from './native.js';
import { isObject } from './shape.js';
import type { Adapter, AdapterContext, NewsPage, SourceFormat } from './types.js';

export type FormatSetting = 'auto' | SourceFormat;

const ADAPTERS: Record<SourceFormat, Adapter> = {
  native: adaptNative,
  jsonfeed: adaptJsonFeed,
};

/** Formats `auto` tries, in order, each with the test that recognises it. */
const DETECTORS: [SourceFormat, (payload: unknown) => boolean][] = [
  [
    'jsonfeed',
    (payload) =>
      isObject(payload) && typeof payload.version === 'string' && JSON_FEED_VERSION.test(payload.version),
  ],
  ['native', (payload) => isObject(payload) && Array.isArray(payload.items) && !('version' in payload)],
];

export interface ParsedSource extends NewsPage {
  format: SourceFormat;
}

/** Text of a response → normalized page: JSON parse, format detection, adapter. */
export function parseSource(text: string, format: FormatSetting, context: AdapterContext): ParsedSource {
  const payload = parseJson(text, context.baseUrl);
  const chosen = format === 'auto' ? detectFormat(payload, context.baseUrl) : format;
  const adapter = ADAPTERS[chosen];
  if (!adapter)
    throw new NewsError('format', `Unknown format "${String(chosen)}".`, { url: context.baseUrl });
  try {
    return { format: chosen, ...adapter(payload, context) };
  } catch (error) {
    if (error instanceof NewsError) {
      throw new NewsError(error.kind, `${context.baseUrl}: ${error.message}`, {
        url: context.baseUrl,
        cause: error,
      });
    }
    throw error;
  }
}

export function detectFormat(payload: unknown, url: string): SourceFormat {
  const found = DETECTORS.find(([, fits]) => fits(payload));
  if (found) return found[0];
  const keys = isObject(payload) ? Object.keys(payload).slice(0, 12) : [];
  const shape = isObject(payload)
    ? keys.length
      ? `top-level keys: ${keys.map((key) => `"${key}"`).join(', ')}`
      : 'an empty object'
    : Array.isArray(payload)
      ? 'a top-level array'
      : `a top-level ${payload === null ? 'null' : typeof payload}`;
  throw new NewsError(
    'format',
    `${url} is not a news source this widget knows. Tried ${DETECTORS.map(([name]) => name).join(', ')}; found ${shape}.`,
    { url },
  );
}

function parseJson(text: string, url: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new NewsError('parse', `${url} is not valid JSON: ${detail}`, { url, cause: error });
  }
}
