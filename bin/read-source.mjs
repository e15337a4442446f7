/**
 * The one way the CLI reads a source, for `check` and `publish`: the package's own headless pipeline
 * (`news-elements/headless.js`, in dist/lib), the one the elements run on, with a `fetch` of Node's that
 * also reads local files. What the CLI reports and publishes is therefore exactly what <news-feed> reads.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const headless = new URL('../dist/lib/headless.js', import.meta.url);

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
 * A `fetch` for the pipeline. A `file:` URL answers from disk as a static server would (Node's fetch refuses
 * them); an http(s) request carries `origin` as its Origin header when given, so that servers which answer
 * CORS only when asked are judged as browsers see them. `base` is where a file will be served from: its
 * answer says it came from there, so its relative links resolve as on the site. `onResponse` sees each
 * answer (status and headers), for the CLI's report.
 */
export function nodeFetch({ origin, base, onResponse } = {}) {
  return async (input, init = {}) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    let response;
    if (url.protocol === 'file:') {
      const bytes = await readFile(fileURLToPath(url));
      const type = FILE_TYPES[extname(url.pathname).toLowerCase()] ?? 'application/octet-stream';
      response = new Response(bytes, { headers: { 'content-type': type } });
    } else {
      const headers = new Headers(init.headers);
      if (origin) headers.set('origin', new URL(origin).origin);
      response = await fetch(url, { ...init, headers, redirect: 'follow' });
    }
    const answeredUrl = base ? new URL(base).href : response.url || url.href;
    Object.defineProperty(response, 'url', { value: answeredUrl });
    onResponse?.(response);
    return response;
  };
}

/**
 * One page of the source at `url` (absolute), normalized as the elements normalize it (a MergedPage:
 * `{ items, formats, next?, total?, title?, dropped, … }`). Throws the source's failure (a NewsError with
 * `kind`) as the element would. `options`: `format`, `fields`, `timeZone`, `sourceDateFormat`, `timeoutMs`,
 * `retryPolicy`, and `fetch` (a `nodeFetch`).
 */
export async function readSourcePage(url, options) {
  const { loadFeed } = await import(headless.href);
  return loadFeed(url, {
    format: options.format,
    fields: options.fields,
    timeZone: options.timeZone,
    sourceDateFormat: options.sourceDateFormat,
    timeoutMs: options.timeoutMs,
    retryPolicy: options.retryPolicy,
    fetch: options.fetch ?? nodeFetch(),
    baseUrl: url,
    // Nothing stored: every run reads the source as it is now.
    cacheSeconds: 0,
  });
}
