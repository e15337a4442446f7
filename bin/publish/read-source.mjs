/**
 * The one place `publish` reads a source: through the package's own `loadFeed` (dist/lib), the pipeline the
 * elements use, so a published folder holds exactly what <news-feed> would have shown from the source.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const lib = new URL('../../dist/lib/', import.meta.url);

/** A source argument as an absolute URL: http(s) as given, anything else a local file. */
export function sourceUrl(source) {
  return /^https?:\/\//i.test(source) ? new URL(source).href : pathToFileURL(source).href;
}

const FILE_TYPES = {
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
};

/**
 * Shims for what `loadFeed` reads from a browser today, until it is headless (options `fetch` and `baseUrl`,
 * no `document`): then this function passes `{ fetch: fetchWithFiles, baseUrl: url }` and the shims go.
 * - `document.baseURI`: only used to resolve `src`; every URL given here is already absolute.
 * - `fetch` of `file:` URLs, which Node's fetch refuses: a local file answers as a static server would.
 * Neither is set where the environment has its own.
 */
function shimBrowser() {
  globalThis.document ??= { baseURI: pathToFileURL(`${process.cwd()}/`).href };
  if (globalThis.fetch.readsFiles) return;
  const networkFetch = globalThis.fetch;
  const fetchWithFiles = async (input, init) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    if (url.protocol !== 'file:') return networkFetch(input, init);
    const bytes = await readFile(fileURLToPath(url));
    const type = FILE_TYPES[extname(url.pathname).toLowerCase()] ?? 'application/octet-stream';
    const response = new Response(bytes, { headers: { 'content-type': type } });
    Object.defineProperty(response, 'url', { value: url.href });
    return response;
  };
  fetchWithFiles.readsFiles = true;
  globalThis.fetch = fetchWithFiles;
}

let loading;

/**
 * One page of the source at `url` (absolute), normalized as the elements normalize it: `{ items, next?,
 * total?, title?, dropped }`. Throws the source's failure (a NewsError with `kind`) as the element would.
 * `options` are the source options: `format`, `fields`, `timeZone`, `sourceDateFormat`, `timeoutMs`.
 */
export async function readSourcePage(url, options) {
  shimBrowser();
  loading ??= import(new URL('data/load-feed.js', lib).href);
  const { loadFeed } = await loading;
  return loadFeed(url, {
    format: options.format,
    fields: options.fields,
    timeZone: options.timeZone,
    sourceDateFormat: options.sourceDateFormat,
    timeoutMs: options.timeoutMs,
    retryPolicy: options.retryPolicy,
    // Nothing stored: every run reads the source as it is now.
    cacheSeconds: 0,
  });
}
