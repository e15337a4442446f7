#!/usr/bin/env node
/**
 * Renders every file of the shared real-world corpus (../shared/corpus: rss/, jsonfeed/, wp/) through the
 * built <news-feed> in the system Chromium and prints what happened to each: detected format, items shown,
 * items dropped and why, error kind. Real feeds must show items; the known-broken files must end in a clear
 * error; nothing may throw out of the element. Exits 1 when any of that fails.
 *
 *   npm run test:corpus            (builds first)
 *   node scripts/corpus.mjs [--corpus DIR]
 */
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './launch-chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { corpus: { type: 'string', default: resolve(root, '../shared/corpus') } },
});
const corpus = resolve(values.corpus);

if (!existsSync(corpus)) {
  console.log(
    `No corpus at ${corpus}: nothing to check (the shared corpus sits beside the checkout as ../shared/corpus).`,
  );
  process.exit(0);
}

/** Files that are not feeds, or are truncated or invalid: each must end in a clear error. */
const BROKEN = new Map([
  ['rss/rss-parser__unrecognized.rss', 'not a feed (the corpus notes)'],
  ['jsonfeed/netnewswire__allthis-partial.json', 'truncated JSON (the corpus notes)'],
  ['jsonfeed/gofeed__invalid.json', 'invalid JSON (the corpus notes)'],
  ['jsonfeed/netnewswire__ScriptingNews.json', 'RSS written as JSON (the corpus notes)'],
  ['wp/wordpress-core__oembedProxy.json', 'an oEmbed answer, not a list of posts'],
]);
/**
 * Parser test files whose every entry lacks both a title and any text (they test other fields): API.md drops
 * such items with a warning, so these must end empty, every item dropped with that reason.
 */
const NOTHING_TO_SHOW = new Map([
  ['rss/rss-parser__incomplete-fields.atom', 'its one entry has only an empty <author>'],
  ['rss/rss-parser__missing-fields.atom', 'its one entry has only an <id>'],
  ['jsonfeed/netnewswire__authors.json', 'tests authors: every item has an empty content_html and no title'],
  ['wp/frontity__handlers-post-archive-posts.json', 'posts trimmed to id, slug and link: no title, no text'],
]);
const FOLDERS = ['rss', 'jsonfeed', 'wp'];
const TYPES = {
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
  '.xml': 'application/xml',
  '.json': 'application/json',
  '.js': 'text/javascript; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

const files = [];
for (const folder of FOLDERS) {
  if (!existsSync(join(corpus, folder))) continue;
  for (const name of (await readdir(join(corpus, folder))).sort()) files.push(`${folder}/${name}`);
}

// Bytes go out as they are, with no charset, so the element has to honour each document's own encoding.
const server = createServer(async (request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
  if (path === '/') {
    response.writeHead(200, { 'content-type': TYPES['.html'] });
    response.end(
      '<!doctype html><html lang="en"><script type="module" src="/dist/news-elements.js"></script><body>',
    );
    return;
  }
  const dist = join(root, 'dist');
  const file = path.startsWith('/corpus/')
    ? join(corpus, path.slice(8))
    : join(dist, path.replace(/^\/dist\//, ''));
  try {
    // join() folds `..`: anything that lands outside the two folders is refused.
    if (!file.startsWith(`${corpus}/`) && !file.startsWith(`${dist}/`)) throw new Error('outside');
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404);
    response.end();
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await launchChromium();
const rows = [];
const problems = [];
try {
  const page = await browser.newPage();
  const warnings = [];
  const thrown = [];
  page.on('console', (message) => {
    if (message.type() === 'warn' || message.type() === 'warning') warnings.push(message.text());
  });
  page.on('pageerror', (error) => thrown.push(error.message));
  await page.goto(origin, { waitUntil: 'load' });
  await page.waitForFunction(() => customElements.get('news-feed'));

  for (const file of files) {
    warnings.length = 0;
    thrown.length = 0;
    const result = await page.evaluate(
      (src) =>
        new Promise((done) => {
          document.body.replaceChildren();
          const feed = document.createElement('news-feed');
          feed.setAttribute('src', src);
          feed.setAttribute('page-size', '1000');
          const finish = (outcome) =>
            requestAnimationFrame(() =>
              done({ ...outcome, rendered: feed.shadowRoot.querySelectorAll('[part~="item"]').length }),
            );
          feed.addEventListener('news-load', (event) =>
            finish({ format: event.detail.formats.join(' '), shown: event.detail.items.length }),
          );
          feed.addEventListener('news-error', (event) =>
            finish({ kind: event.detail.error.kind, message: event.detail.error.message }),
          );
          setTimeout(() => done({ kind: 'no answer in 15 s' }), 15_000);
          document.body.append(feed);
        }),
      `/corpus/${file}`,
    );
    const dropped = warnings.filter((text) => text.includes('was left out'));
    const reasons = [
      ...new Set(dropped.map((text) => text.replace(/^.*was left out: /, '').replace(/"[^"]*"/g, '…'))),
    ];
    const row = {
      file,
      format: result.format ?? '—',
      shown: result.shown ?? 0,
      dropped: dropped.length ? `${dropped.length}: ${reasons.join('; ')}` : '0',
      error: result.kind ? `${result.kind}: ${result.message ?? ''}`.slice(0, 140) : '—',
    };
    rows.push(row);
    if (thrown.length) problems.push(`${file}: threw ${thrown.join(' | ')}`);
    if (BROKEN.has(file)) {
      if (!result.kind) {
        problems.push(
          `${file} (${BROKEN.get(file)}) should end in a clear error, but showed ${row.shown} items`,
        );
      }
    } else if (NOTHING_TO_SHOW.has(file)) {
      const everyItemDropped =
        result.shown === 0 &&
        !result.kind &&
        dropped.length > 0 &&
        dropped.every((text) => text.includes('no title and no text'));
      if (!everyItemDropped) {
        problems.push(
          `${file} (${NOTHING_TO_SHOW.get(file)}) should end empty, every item dropped for lack of text`,
        );
      }
    } else if (!result.shown) {
      problems.push(`${file}: a real feed should show its items (${row.error})`);
    } else if (result.rendered !== result.shown) {
      problems.push(`${file}: ${result.shown} items loaded but ${result.rendered} rendered`);
    }
  }
} finally {
  await browser.close();
  server.close();
}

const columns = ['file', 'format', 'shown', 'dropped', 'error'];
const escape = (value) => String(value).replaceAll('|', '\\|').replace(/\s+/g, ' ');
console.log(`Corpus: ${corpus} (${files.length} files)\n`);
console.log(`| ${columns.join(' | ')} |\n| ${columns.map(() => '---').join(' | ')} |`);
for (const row of rows) console.log(`| ${columns.map((column) => escape(row[column])).join(' | ')} |`);
console.log('');
if (problems.length) {
  console.log(`${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`${rows.length} passed, 0 failed`);
