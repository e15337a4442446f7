import { parseSource, type FormatSetting, type ParsedSource } from '../sources/detect.js';
import { fetchText } from './fetch-text.js';

export interface LoadOptions {
  format: FormatSetting;
  timeZone: string | undefined;
  timeoutMs: number;
  signal?: AbortSignal;
}

/** Fetches one source URL and normalizes it. Headless: elements call it, it knows nothing of them. */
export async function loadFeed(src: string, options: LoadOptions): Promise<ParsedSource> {
  const url = new URL(src, document.baseURI).href;
  const response = await fetchText(url, options);
  return parseSource(response.text, options.format, { baseUrl: response.url, timeZone: options.timeZone });
}
