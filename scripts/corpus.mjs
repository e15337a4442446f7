#!/usr/bin/env node
/**
 * Renders every file of the shared real-world corpus (../shared/corpus: rss/, jsonfeed/, wp/) through the
 * built <news-feed> in the system Chromium and prints what happened to each: detected format, items shown,
 * items dropped and why, error kind. Real feeds must show items; the known-broken files must end in a clear
 * error; nothing may throw out of the element. Then renders every payload of xss/dompurify-expect.json as a
 * built <news-article>'s body, once with the browser's HTML Sanitizer API and once with DOMPurify (on a page
 * where `Document.parseHTML` is taken away first): nothing may run, and no handler, script URL, element
 * outside the allow-list or script, frame or style may reach the page. DOMPurify's own expected strings are
 * not compared: our allow-list is stricter. Exits 1 when any of that fails.
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

const XSS = join(corpus, 'xss/dompurify-expect.json');
const payloads = existsSync(XSS) ? JSON.parse(await readFile(XSS, 'utf8')) : [];
const articleJson = JSON.stringify({
  items: payloads.map(({ payload }, index) => ({
    id: `x${index}`,
    title: `#${index}`,
    contentHtml: payload,
  })),
});
/** The article allow-list, read from the sanitizer itself so that the check cannot drift from it. */
const ALLOWED_TAGS = (await readFile(join(root, 'src/sanitize/sanitize-rules.ts'), 'utf8'))
  .match(/const TAGS = \[([^;]*)\];/)[1]
  .match(/'[a-z0-9]+'/g)
  .map((tag) => tag.slice(1, -1));

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
  if (path === '/xss/articles.json') {
    response.writeHead(200, { 'content-type': TYPES['.json'] });
    response.end(articleJson);
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
const xssSummary = [];
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

  for (const engine of payloads.length ? ['native', 'dompurify'] : []) {
    const page = await browser.newPage();
    const crashed = [];
    page.on('error', (error) => crashed.push(error.message));
    await page.evaluateOnNewDocument((withoutApi) => {
      if (withoutApi) delete Document.parseHTML;
      window.__fired = [];
      const trap = (name) => (what) => window.__fired.push(`${name} ${String(what)}`);
      window.alert = trap('alert');
      window.confirm = trap('confirm');
      window.prompt = trap('prompt');
      window.print = trap('print');
      // Links followed here would navigate the page away: stop navigation, keep the handlers.
      document.addEventListener('click', (event) => event.preventDefault());
    }, engine === 'dompurify');
    await page.goto(origin, { waitUntil: 'load' });
    await page.waitForFunction(() => customElements.get('news-feed'));
    const result = await page.evaluate(
      async (count, allowed) => {
        const found = [];
        for (let index = 0; index < count; index++) {
          document.body.replaceChildren();
          const article = document.createElement('news-article');
          article.setAttribute('src', '/xss/articles.json');
          article.setAttribute('article-id', `x${index}`);
          const outcome = await new Promise((done) => {
            article.addEventListener('news-load', () => done('load'));
            article.addEventListener('news-error', (event) => done(`error ${event.detail.error.message}`));
            setTimeout(() => done('no answer in 10 s'), 10_000);
            document.body.append(article);
          });
          if (outcome !== 'load') found.push({ index, problem: outcome });
          const body = article.shadowRoot.querySelector('[part~="body"]');
          for (const element of body ? body.querySelectorAll('*') : []) {
            element.focus();
            element.click();
            element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
            if (
              !allowed.includes(element.localName) ||
              element.namespaceURI !== 'http://www.w3.org/1999/xhtml'
            ) {
              found.push({ index, problem: `<${element.localName}> is outside the allow-list` });
            }
            for (const name of element.getAttributeNames()) {
              const value = element.getAttribute(name).replace(/[\s\p{Cc}]+/gu, '');
              if (/^on/i.test(name)) found.push({ index, problem: `<${element.localName} ${name}>` });
              // alt and title are text: `title="javascript:…"` is words, not a link.
              if (name === 'alt' || name === 'title') continue;
              if (/^(?:javascript|vbscript):/i.test(value))
                found.push({ index, problem: `${name}="${value}"` });
              if (
                /^data:/i.test(value) &&
                !(element.localName === 'img' && name === 'src' && /^data:image\//i.test(value))
              ) {
                found.push({ index, problem: `${element.localName} ${name}="${value.slice(0, 40)}"` });
              }
            }
          }
          if (body?.querySelector('script, iframe, style, object, embed')) {
            found.push({ index, problem: 'a script, frame, style or plugin survived' });
          }
          if (window.__fired.length)
            found.push({ index, problem: `ran: ${window.__fired.splice(0).join(', ')}` });
        }
        // Whatever loads late (an image's error, a timer) gets its chance before the last look.
        await new Promise((resolve) => setTimeout(resolve, 500));
        if (window.__fired.length)
          found.push({ index: -1, problem: `ran late: ${window.__fired.join(', ')}` });
        return {
          found,
          downloaded: performance.getEntriesByType('resource').some((e) => /purify/.test(e.name)),
        };
      },
      payloads.length,
      ALLOWED_TAGS,
    );
    const found = result.found.map(
      ({ index, problem }) =>
        `xss (${engine}) ${index >= 0 ? `#${index} "${payloads[index].title ?? payloads[index].payload.slice(0, 60)}"` : 'after all payloads'}: ${problem}`,
    );
    if (crashed.length) found.push(`xss (${engine}): the page crashed (${crashed.join(' | ')})`);
    if (result.downloaded !== (engine === 'dompurify')) {
      found.push(`xss (${engine}): DOMPurify was ${result.downloaded ? '' : 'not '}downloaded`);
    }
    problems.push(...found);
    xssSummary.push(
      `xss, ${engine === 'native' ? 'HTML Sanitizer API' : 'DOMPurify'}: ${payloads.length} payloads, ` +
        `${new Set(result.found.map(({ index }) => index)).size} with a problem, ` +
        `DOMPurify ${result.downloaded ? '' : 'not '}downloaded`,
    );
    await page.close();
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
console.log(
  payloads.length ? xssSummary.join('\n') : `No ${XSS}: the hostile article bodies are not checked.`,
);
console.log('');
if (problems.length) {
  console.log(`${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`${rows.length} feeds and ${payloads.length} hostile bodies × 2 engines passed, 0 failed`);
