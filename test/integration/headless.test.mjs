/**
 * `news-elements/headless.js` in Node, where there is no document, no localStorage and no custom elements:
 * the pipeline the elements run on, against a real HTTP server on 127.0.0.1. Needs `npm run build` first
 * (it imports dist/lib). Run with `npm run test:cli`.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name) => readFileSync(`${root}test/fixtures/${name}`);
const TOKEN = 'Bearer phuong-7';

/** Requests seen, with the Authorization header each carried. */
const seen = [];
const server = createServer((request, response) => {
  const url = new URL(request.url, 'http://x');
  seen.push({ path: url.pathname, authorization: request.headers.authorization });
  const send = (status, body, type = 'application/json') =>
    response.writeHead(status, { 'content-type': type }).end(body);
  if (url.pathname === '/private/tin.json') {
    return request.headers.authorization === TOKEN
      ? send(200, fixture('native-basic.json'))
      : send(401, '{}');
  }
  if (url.pathname === '/draft/bai-viet.json') return send(403, '{}');
  if (url.pathname === '/tin.json') return send(200, fixture('native-basic.json'));
  if (url.pathname === '/bai-viet.json') return send(200, fixture('article-basic.json'));
  if (url.pathname === '/rss.xml') return send(200, fixture('sources/rss2.xml'), 'application/rss+xml');
  send(404, '{}');
});
let base;
let headless;

const options = (extra = {}) => ({
  baseUrl: base,
  format: 'auto',
  timeZone: 'Asia/Ho_Chi_Minh',
  timeoutMs: 5000,
  cacheSeconds: 0,
  ...extra,
});

before(async () => {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}/`;
  headless = await import(new URL('dist/lib/headless.js', `file://${root}`).href);
});
after(() => server.close());

describe('news-elements/headless.js in Node', () => {
  it('needs no DOM: nothing to define elements with, and the import defines none', () => {
    assert.equal(typeof globalThis.document, 'undefined');
    assert.equal(typeof globalThis.customElements, 'undefined');
    assert.equal(typeof headless.loadFeed, 'function');
  });

  it('loadFeed reads a source over HTTP, relative to the baseUrl it is given', async () => {
    const page = await headless.loadFeed('tin.json', options());
    assert.deepEqual(page.formats, ['native']);
    assert.equal(page.items.length, 5);
    assert.match(page.items[0].title, /Hội nghị/);
    // Offset-less dates are read in the zone it is given, as in a browser.
    const byId = Object.fromEntries(page.items.map((item) => [item.id, item]));
    assert.equal(byId['tt-101'].publishedAt.toISOString(), '2020-08-21T10:24:00.000Z');
    assert.equal(byId['tt-104'].publishedAt.toISOString(), '2020-08-18T02:05:00.000Z');
  });

  it('sends through the fetch it is given: a source behind a token answers it, and fails without', async () => {
    const withToken = (url, init) =>
      fetch(url, { ...init, headers: { ...init?.headers, authorization: TOKEN } });
    const page = await headless.loadFeed('private/tin.json', options({ fetch: withToken }));
    assert.equal(page.items.length, 5);
    const error = await headless
      .loadFeed('private/tin.json', options({ retryPolicy: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 } }))
      .catch((caught) => caught);
    assert.ok(error instanceof headless.NewsError);
    assert.equal(error.kind, 'http');
    assert.equal(error.status, 401);
  });

  it('shares a request only between callers that send through the same fetch', async () => {
    seen.length = 0;
    const withToken = (url, init) =>
      fetch(url, { ...init, headers: { ...init?.headers, authorization: TOKEN } });
    await Promise.all([
      headless.loadFeed('tin.json', options()),
      headless.loadFeed('tin.json', options({ fetch: withToken })),
    ]);
    const asked = seen.filter((request) => request.path === '/tin.json');
    assert.deepEqual(asked.map((request) => request.authorization ?? null).sort(), [TOKEN, null].sort());
  });

  it('loadArticle picks the article by id, says when there is none, and when it is not public', async () => {
    const found = await headless.loadArticle('bai-viet.json', 'bv-122', options());
    assert.match(found.item.title, /Nghị quyết Đại hội/);
    assert.equal(found.url, `${base}bai-viet.json`);
    assert.equal((await headless.loadArticle('bai-viet.json', 'khong-co', options())).item, undefined);
    const missing = await headless.loadArticle('bai-viet/{id}.json', 'bv-9', options());
    assert.equal(missing.item, undefined);
    assert.equal(missing.url, `${base}bai-viet/bv-9.json`);
    const draft = await headless.loadArticle('draft/bai-viet.json', 'bv-1', options());
    assert.equal(draft.notPublic, true);
  });

  it('a format named like an object property is an unknown format, not a TypeError', async () => {
    for (const format of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      const error = await headless.loadFeed('tin.json', options({ format })).catch((caught) => caught);
      assert.ok(error instanceof headless.NewsError, `${format}: ${String(error)}`);
      assert.equal(error.kind, 'format');
      assert.match(error.message, new RegExp(`Unknown format "${format}"`));
    }
  });

  it('an XML source without a DOMParser fails with a NewsError, not a ReferenceError', async () => {
    const error = await headless.loadFeed('rss.xml', options()).catch((caught) => caught);
    assert.ok(error instanceof headless.NewsError, String(error));
  });
});
