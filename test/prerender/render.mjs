/**
 * Pre-renders a fixture with the built package (dist/lib/prerender), in a process of its own: rendering in
 * Node installs Lit's DOM shim on the global object, which the test runner's own process must not get.
 * Usage: node test/prerender/render.mjs '{"kind":"feed"|"article","lang":"vi","savedAt":…,"origin":"http://…"}'
 * Prints the element's markup.
 */
import { readFile } from 'node:fs/promises';
import { provideDomParser } from '../../bin/node-dom.mjs';

const params = JSON.parse(process.argv[2]);
const lib = new URL('../../dist/lib/prerender/', import.meta.url);
const fixtures = new URL('../fixtures/prerender/', import.meta.url);
const src = '/test/fixtures/prerender/feed.json';
const sourceUrl = new URL(src, params.origin).href;
const firstPage = await readFile(new URL('feed.json', fixtures), 'utf8');
const attributes = { lang: params.lang, 'time-zone': 'Asia/Ho_Chi_Minh', ...params.attributes };

await provideDomParser();
// The DOM shim first, finished: Lit reads `document` as it loads (see bin/publish/prerendered-files.mjs).
await import(new URL('node-page.js', lib).href);
let markup;
if (params.kind === 'article') {
  const { prerenderArticle } = await import(new URL('prerender-article.js', lib).href);
  markup = await prerenderArticle({
    page: firstPage,
    id: 'pr-3',
    src,
    sourceUrl,
    attributes,
    pageUrl: new URL('/__prerender/article', params.origin).href,
  });
} else {
  const { prerenderFeed } = await import(new URL('prerender-feed.js', lib).href);
  markup = await prerenderFeed({ firstPage, src, sourceUrl, attributes, savedAt: params.savedAt });
}
process.stdout.write(markup);
