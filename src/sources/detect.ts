import { recognise, TRIED } from './parse-source.js';
import type { AdapterContext, SourceFormat } from './types.js';
import { unknownFormat } from './unknown-format.js';

export type { FormatSetting, ParsedSource } from './parse-source.js';

/**
 * The JSON format of a payload, or a format error naming the formats tried and what was found. For library
 * users; `parseSource` loads the description of what was found only when it fails.
 */
export function detectFormat(payload: unknown, url: string, context?: AdapterContext): SourceFormat {
  const found = recognise(payload, context ?? { baseUrl: url });
  if (found) return found;
  throw unknownFormat(payload, url, TRIED);
}
