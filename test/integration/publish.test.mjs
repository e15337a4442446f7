/**
 * `news-elements publish`, run as a user runs it: a child process reading sources served over HTTP on
 * 127.0.0.1 (native, JSON Feed, RSS and custom fields, paged as such sources page), writing a folder that is
 * then read back as <news-feed> reads it. Needs `npm run build` first (the CLI runs dist/lib).
 */
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { root, run } from './run-cli.mjs';
import { archiveItems, CUSTOM_FIELDS, sourcePage } from '../archive-sources.mjs';

const lib = (path) => import(new URL(`../../dist/lib/${path}`, import.meta.url).href);

/** Every file of `dir` with its bytes, inode and modification time. */
async function snapshot(dir) {
  const files = {};
  for (const name of (await readdir(dir)).sort()) {
    const info = await stat(join(dir, name));
    files[name] = { bytes: await readFile(join(dir, name)), ino: info.ino, mtimeMs: info.mtimeMs };
  }
  return files;
}

const readJson = async (dir, name) => JSON.parse(await readFile(join(dir, name), 'utf8'));

/** The published pages, first to last, following `next` as the element does. */
async function publishedPages(dir) {
  const pages = [];
  for (let name = 'feed.json'; name;) {
    const page = await readJson(dir, name);
    pages.push({ name, page });
    name = page.next;
  }
  return pages;
}

const state = { items: archiveItems(60), failPage: undefined, requests: [] };
let server;
let base;
let work;

before(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url, 'http://x');
    const format = url.pathname.slice(1);
    const page = Number(url.searchParams.get('page') ?? url.searchParams.get('trang') ?? 1);
    state.requests.push(`${format}:${page}`);
    if (page === state.failPage) return response.writeHead(500).end('database down');
    try {
      const { type, body } = sourcePage(state.items, format, page);
      response.writeHead(200, { 'content-type': type });
      response.end(typeof body === 'string' ? body : JSON.stringify(body));
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  work = await mkdtemp(join(tmpdir(), 'news-publish-'));
});
after(async () => {
  server.close();
  await rm(work, { recursive: true, force: true });
});
beforeEach(() => {
  state.items = archiveItems(60);
  state.failPage = undefined;
  state.requests = [];
});

const SOURCES = {
  native: [],
  jsonfeed: [],
  rss: [],
  custom: [
    '--format',
    'custom',
    '--fields',
    JSON.stringify(CUSTOM_FIELDS),
    '--time-zone',
    'Asia/Ho_Chi_Minh',
  ],
};

describe('news-elements publish', () => {
  for (const [format, options] of Object.entries(SOURCES)) {
    it(`publishes every page of a ${format} source as native pages with an index`, async () => {
      const out = join(work, `out-${format}`);
      const { code, stdout, stderr } = await run(
        'publish',
        `${base}/${format}`,
        '--out',
        out,
        '--page-size',
        '10',
        ...options,
      );
      assert.equal(code, 0, stderr);
      assert.match(stdout, /Published 60 items from \d+ source pages? into/);
      // The source was read to its end, each page once (RSS is one document).
      if (format !== 'rss')
        assert.deepEqual(
          state.requests,
          Array.from({ length: 9 }, (_, i) => `${format}:${i + 1}`),
        );

      const pages = await publishedPages(out);
      assert.deepEqual(
        pages.map(({ name }) => name),
        ['feed.json', 'feed-2.json', 'feed-3.json', 'feed-4.json', 'feed-5.json', 'feed-6.json'],
      );
      const expected = archiveItems(60);
      const items = pages.flatMap(({ page }) => page.items);
      assert.deepEqual(
        items.map((item) => [item.id, item.title, item.publishedAt, item.category]),
        expected.map((item) => [item.id, item.title, item.publishedAt.toISOString(), item.category]),
      );
      if (format !== 'rss')
        assert.deepEqual(
          items.map((item) => item.views),
          expected.map((item) => item.views),
        );
      for (const { page } of pages) {
        assert.equal(page.total, 60);
        assert.equal(page.items.length, 10);
        assert.equal(page.index, pages[0].page.index, 'every page names the same index');
      }
      assert.equal(pages[0].page.index, 'index.json');
      const index = await readJson(out, 'index.json');
      assert.equal(index.pages.length, 6);
      assert.deepEqual(index.firsts, ['tin-60', 'tin-50', 'tin-40', 'tin-30', 'tin-20', 'tin-10']);
      assert.match(index.search, /^search\.[0-9a-f]{12}\.json$/);
      assert.deepEqual(
        (await readdir(out)).sort(),
        [...pages.map(({ name }) => name), pages[0].page.index, index.search, 'news-feed.html'].sort(),
      );
    });
  }

  it('writes an index that answers as the list does with every page loaded', async () => {
    const out = join(work, 'out-answers');
    assert.equal((await run('publish', `${base}/native`, '--out', out)).code, 0);
    const [
      { readArchiveIndex, readSearchText },
      { answerPositions },
      { filterItems },
      { sortItems },
      { adaptNative },
    ] = await Promise.all([
      lib('sources/archive-index.js'),
      lib('news-feed/archive-index-query.js'),
      lib('news-feed/filter-items.js'),
      lib('news-feed/sort-items.js'),
      lib('sources/native.js'),
    ]);
    const pages = await publishedPages(out);
    const indexUrl = `https://cdn.example/tin/${pages[0].page.index}`;
    const index = readArchiveIndex(await readJson(out, pages[0].page.index), indexUrl);
    assert.equal(index.pages[5], 'https://cdn.example/tin/feed-6.json');
    const text = readSearchText(await readJson(out, index.search.split('/').pop()), index.search, index);
    const all = [];
    for (const { page } of pages) all.push(...(await adaptNative(page, { baseUrl: indexUrl })).items);
    const queries = [
      { search: 'quan uy' },
      { search: 'QUẬN' },
      { search: 'uy' },
      { category: 'thong bao' },
      { category: 'Thông báo', mostViewed: true },
      { mostViewed: true },
      { search: 'so 1', category: 'tin tuc - su kien' },
      { search: 'khong co' },
      { category: 'nothing' },
    ];
    for (const query of queries) {
      const expected = sortItems(
        filterItems(all, query.category ?? '', query.search ?? ''),
        query.mostViewed ? 'most-viewed' : 'newest',
      );
      const answer = answerPositions(index, text, query).map((position) => all[position]);
      assert.deepEqual(
        answer.map((item) => item.id),
        expected.map((item) => item.id),
        JSON.stringify(query),
      );
    }
    assert.deepEqual(
      answerPositions(index, text, { search: 'quan uy' }).map((position) => all[position].id),
      ['tin-1'],
      'the only Quận uỷ item, on the last page',
    );
  });

  it('rewrites nothing over an unchanged source, and only what changed when it changes', async () => {
    const out = join(work, 'out-stable');
    assert.equal((await run('publish', `${base}/native`, '--out', out)).code, 0);
    const first = await snapshot(out);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const again = await run('publish', `${base}/native`, '--out', out);
    assert.equal(again.code, 0);
    assert.match(again.stdout, /already up to date, nothing rewritten/);
    assert.deepEqual(await snapshot(out), first, 'same bytes, same inodes, same modification times');

    // A new view count on the oldest item: its page and the index change, nothing else is touched.
    state.items.at(-1).views = 5;
    const changed = await run('publish', `${base}/native`, '--out', out);
    assert.equal(changed.code, 0, changed.stderr);
    // news-feed.html holds the first page only: unchanged.
    assert.match(changed.stdout, /2 written, 7 unchanged, 0 removed/);
    const after = await snapshot(out);
    assert.deepEqual(Object.keys(after), Object.keys(first));
    for (const name of Object.keys(first)) {
      if (name === 'feed-6.json' || name === 'index.json') {
        assert.notDeepEqual(after[name].bytes, first[name].bytes, name);
      } else assert.deepEqual(after[name], first[name], `${name} kept as it was`);
    }
    assert.equal((await readJson(out, 'index.json')).views.at(-1), 5);

    // A new item moves every item down a place: every page and the searched text change, under a new name.
    state.items = archiveItems(61);
    assert.equal((await run('publish', `${base}/native`, '--out', out)).code, 0);
    const moved = await snapshot(out);
    const searchOf = (files) => Object.keys(files).find((name) => name.startsWith('search.'));
    assert.notEqual(searchOf(moved), searchOf(first));
    assert.equal(searchOf(first) in moved, false, 'the old searched text is gone');
    assert.ok('feed-7.json' in moved);
  });

  it('leaves the previous output byte for byte when the source fails on page 3, and exits 1', async () => {
    const out = join(work, 'out-fail');
    assert.equal((await run('publish', `${base}/jsonfeed`, '--out', out)).code, 0);
    const before = await snapshot(out);
    state.items = archiveItems(70);
    state.failPage = 3;
    state.requests = [];
    const { code, stdout, stderr } = await run('publish', `${base}/jsonfeed`, '--out', out, '--timeout', '5');
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /^Error \(http\): .*500/m);
    assert.match(stderr, /Nothing was written/);
    assert.ok(state.requests.filter((request) => request === 'jsonfeed:3').length >= 1);
    assert.equal(state.requests.includes('jsonfeed:4'), false, 'nothing read past the failure');
    assert.deepEqual(await snapshot(out), before);
    assert.deepEqual(
      (await readdir(work)).filter((name) => name.includes('out-fail') && name !== 'out-fail'),
      [],
      'no temporary folder left beside it',
    );
  });

  it('exits 1 and writes nothing for a source that cannot be read', async () => {
    const out = join(work, 'out-missing');
    const missing = await run('publish', `${base}/nothing-here`, '--out', out);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /^Error \(http\): .*404/m);
    const garbage = join(work, 'garbage.json');
    await writeFile(garbage, '{"not": "a feed"');
    const bad = await run('publish', garbage, '--out', out);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /^Error \((parse|format)\): /m);
    await assert.rejects(stat(out), { code: 'ENOENT' });
  });

  it('publishes a local file', async () => {
    const out = join(work, 'out-file');
    const { code, stderr } = await run(
      'publish',
      `${root}test/fixtures/native-basic.json`,
      '--out',
      out,
      '--page-size',
      '2',
    );
    assert.equal(code, 0, stderr);
    const pages = await publishedPages(out);
    assert.deepEqual(
      pages.map(({ page }) => page.items.length),
      [2, 2, 1],
    );
  });

  for (const [args, message] of [
    [['publish', 'x.json'], /--out <dir> is required/],
    [['publish', '--out', 'o'], /expected: publish <url-or-file> --out <dir>/],
    [['publish', 'x.json', '--out', 'o', '--page-size', '0'], /--page-size must be a whole number ≥ 1/],
    [['publish', 'x.json', '--out', 'o', '--fields', '{nope'], /--fields is not JSON/],
    [['publish', 'x.json', '--out', 'o', '--format', 'atom'], /--format must be one of/],
    [['publish', 'x.json', '--out', 'o', '--time-zone', 'Mars/Olympus'], /not an IANA zone/],
    [['publish', 'x.json', '--out', 'o', '--layout', 'cards'], /--layout must be one of/],
    [['publish', 'x.json', '--out', 'o', '--bogus'], /Unknown option '--bogus'/],
  ]) {
    it(`exits 2 on wrong usage: ${args.slice(2).join(' ') || args.join(' ')}`, async () => {
      const { code, stderr } = await run(...args);
      assert.equal(code, 2);
      assert.match(stderr, message);
      assert.match(stderr, /Usage: news-elements publish/);
      await assert.rejects(stat(join(root, 'o')), { code: 'ENOENT' });
    });
  }
});
