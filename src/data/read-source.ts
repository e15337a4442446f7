import { NewsError } from '../errors.js';
import * as parts from '../parts.js';
import { utf8JsonText } from '../sources/decode/body-text.js';
import { adaptNative } from '../sources/native.js';
import { NeedsNamedDates } from '../sources/normalize.js';
import {
  expectedFormat,
  readPayload,
  TRIED,
  type FormatSetting,
  type ParsedSource,
} from '../sources/parse-source.js';
import type { Adapter, AdapterContext, SourceFormat, SourceReaders } from '../sources/types.js';

/**
 * The adapter step of the pipeline: a body → normalized page. It reads the body as far as its format, then
 * downloads what that source needs (its adapter, and readers few sources need) and hands it to the adapter,
 * which is a pure function of the payload. Our own format is in the main bundle; a page reading our JSON
 * downloads no JSON Feed, RSS or WordPress code.
 */
const ADAPTERS = {
  // No prototype: a `format` named like an object's method (`toString`) is no format either.
  __proto__: null,
  native: async () => adaptNative,
  jsonfeed: () => parts.jsonfeed.load().then((module) => module.adaptJsonFeed),
  wordpress: () => parts.wordpress.load().then((module) => module.adaptWordPress),
  rss: () => parts.rss.load().then((module) => module.adaptXml),
  custom: () => parts.custom.load().then((module) => module.adaptCustom),
} as Record<SourceFormat, () => Promise<Adapter>>;

/**
 * Starts downloading the adapter of a source whose format is known before it answers (see `expectedFormat`):
 * it then arrives beside the request instead of a round trip after the answer. A download that fails here
 * fails again, and is reported, when the adapter is needed.
 */
export function prepareAdapter(url: string, format: FormatSetting): void {
  // No adapter when none is expected, or for a `format` the element does not know (the answer says so).
  ADAPTERS[expectedFormat(url, format) as SourceFormat]?.().catch(() => undefined);
}

/**
 * The text of a response body: UTF-8 JSON at once; any other (another charset, UTF-16, XML that declares its
 * encoding) through the decoder, downloaded for it.
 */
export async function bodyText(bytes: ArrayBuffer, contentType: string): Promise<string> {
  return utf8JsonText(bytes, contentType) ?? (await parts.rss.load()).decodeBody(bytes, contentType);
}

/**
 * Decoded body of a response → normalized page, with the format it was in. XML goes to the RSS/Atom adapter;
 * JSON is parsed and its format detected by shape unless `format` names one. Errors are `NewsError`s of kind
 * `parse` (with the position when the parser gives one), `format` (naming the formats tried and what was
 * found), or those of a part that could not be downloaded; their messages start with the source's URL.
 */
export async function parseSource(
  body: string,
  contentType: string,
  format: FormatSetting,
  context: AdapterContext,
): Promise<ParsedSource> {
  const url = context.baseUrl;
  try {
    const { format: chosen, payload } = await readPayload(body, contentType, format, context);
    // Only failures need to say what was found instead: that text loads when one happens.
    if (!chosen) throw (await parts.unknownFormat.load()).unknownFormat(payload, url, TRIED);
    if (!ADAPTERS[chosen]) throw new NewsError('format', `Unknown format "${String(chosen)}".`);
    const [adapter, readers] = await Promise.all([ADAPTERS[chosen](), readersFor(context)]);
    const page = await adaptWith(adapter, payload, { ...context, readers });
    // `fields` may name page-level values for any JSON format (custom already read them).
    if (chosen !== 'custom' && context.fields) {
      const { pageFields } = await parts.custom.load();
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

/** What the settings ask for: the `fields` overrides, the `source-date-format` reader. */
async function readersFor(context: AdapterContext): Promise<SourceReaders> {
  const [overrides, pattern] = await Promise.all([
    context.fields ? parts.fieldOverrides.load() : undefined,
    context.sourceDateFormat ? parts.sourcePattern.load() : undefined,
  ]);
  return { overrideFields: overrides?.applyFieldOverrides, pattern: pattern?.readWithDateFns };
}

/** Runs the adapter; one that meets a date with month or zone names gets their reader and runs again. */
async function adaptWith(adapter: Adapter, payload: unknown, context: AdapterContext) {
  try {
    return await adapter(payload, context);
  } catch (error) {
    if (!(error instanceof NeedsNamedDates)) throw error;
    const { readNamedDate } = await parts.rss.load();
    return adapter(payload, { ...context, readers: { ...context.readers, namedDate: readNamedDate } });
  }
}
