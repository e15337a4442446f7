#!/usr/bin/env node
/**
 * Issue 19's scale check: what a ward's server does for 1,000 visitors, each opening the list and making one
 * search, when it answers them itself (the live source: every answer computed per request, as a CMS's REST
 * API does) and when it only serves the folder `news-elements publish` wrote (file serving, ETags, 304s).
 * One server process on 127.0.0.1 serves both; it reports its own CPU time. Visitors run with bounded
 * concurrency; the static visitors do what <news-feed> does (the list's first page; for the search the
 * index, its searched text and the pages holding the first 10 matches, found with the package's own
 * answerPositions); a second round of the same visitors comes back with the ETags they were sent. Bodies
 * are gzipped as both kinds of server send them; `bytes` is what went over the wire.
 *
 *   npm run build && node bench/publish-cdn.mjs [--visitors 1000] [--concurrency 20] [--items 5000]
 */
import { execFileSync, fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { generateFeed, prng } from './data.mjs';

const lib = (path) => import(new URL(`../dist/lib/${path}`, import.meta.url).href);
const PORT = 8851;
const PAGE_SIZE = 10;
const WORDS = ['phuong', 'hoi nghi', 'tiem chung', 'giao thong', 'khu pho', 'cai cach', 'moi truong', 'dan'];

if (process.argv[2] === '--serve') await serve(process.argv[3], process.argv[4]);
else await bench();

/** The server: `/live/posts?page=&search=` computed per request, `/static/<file>` from the published folder. */
async function serve(sourceFile, folder) {
  const [{ filterItems }, { adaptNative }] = await Promise.all([
    lib('news-feed/filter-items.js'),
    lib('sources/native.js'),
  ]);
  const raw = JSON.parse(readFileSync(sourceFile, 'utf8'));
  const items = (await adaptNative(raw, { baseUrl: 'http://127.0.0.1/' })).items;
  const cpuStart = process.cpuUsage();
  let sent = 0;
  // Gzip where the visitor accepts it, as a CMS behind mod_deflate and a static host both do; a static
  // host keeps each file's compressed copy (nginx's gzip_static), a CMS compresses every answer.
  const compressed = new Map();
  const send = (request, response, status, headers, body, key) => {
    const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    let bytes = body;
    if (gzip) {
      bytes = key ? compressed.get(key) : undefined;
      if (!bytes) bytes = gzipSync(body, { level: 6 });
      if (key) compressed.set(key, bytes);
    }
    sent += bytes.length;
    response.writeHead(status, { ...headers, ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
    response.end(bytes);
  };
  createServer((request, response) => {
    const url = new URL(request.url, 'http://x');
    if (url.pathname === '/cpu') {
      const { user, system } = process.cpuUsage(cpuStart);
      response.end(JSON.stringify({ ms: (user + system) / 1000, sent }));
      return;
    }
    if (url.pathname === '/live/posts') {
      // A CMS's query: filter and order the posts, then serialize the page asked for.
      const page = Number(url.searchParams.get('page') ?? 1);
      const found = filterItems(items, '', url.searchParams.get('search') ?? '');
      const body = JSON.stringify({
        total: found.length,
        items: found.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((item) => ({
          ...item,
          publishedAt: item.publishedAt?.toISOString(),
        })),
      });
      send(request, response, 200, { 'content-type': 'application/json', 'cache-control': 'no-store' }, body);
      return;
    }
    if (url.pathname.startsWith('/static/')) {
      // As nginx: the ETag from the file's time and size, a 304 when it matches, else the bytes.
      const path = join(folder, url.pathname.slice('/static/'.length).replace(/[/\\]/g, ''));
      let info;
      try {
        info = statSync(path);
      } catch {
        response.writeHead(404).end();
        return;
      }
      const etag = `"${info.mtimeMs.toString(16)}-${info.size.toString(16)}"`;
      const immutable = /\.[0-9a-f]{12}\.json$/.test(path);
      const headers = {
        etag,
        'cache-control': immutable
          ? 'public, max-age=31536000, immutable'
          : 'public, max-age=0, must-revalidate',
      };
      if (request.headers['if-none-match'] === etag) {
        response.writeHead(304, headers).end();
        return;
      }
      send(
        request,
        response,
        200,
        { ...headers, 'content-type': 'application/json' },
        readFileSync(path),
        etag,
      );
      return;
    }
    response.writeHead(404).end();
  }).listen(PORT, '127.0.0.1', () => process.send('ready'));
}

async function bench() {
  const { values } = parseArgs({
    options: {
      visitors: { type: 'string', default: '1000' },
      concurrency: { type: 'string', default: '20' },
      items: { type: 'string', default: '5000' },
    },
  });
  const visitors = Number(values.visitors);
  const concurrency = Number(values.concurrency);
  const work = mkdtempSync(join(os.tmpdir(), 'news-cdn-'));
  const source = join(work, 'source.json');
  writeFileSync(source, JSON.stringify(generateFeed(Number(values.items))));
  const folder = join(work, 'site');
  const cli = resolve(import.meta.dirname, '../bin/news-elements.mjs');
  execFileSync(process.execPath, [cli, 'publish', source, '--out', folder, '--page-size', String(PAGE_SIZE)]);
  const server = fork(import.meta.filename, ['--serve', source, folder]);
  await new Promise((ready) => server.once('message', ready));
  const origin = `http://127.0.0.1:${PORT}`;
  const [{ readArchiveIndex, readSearchText }, { answerPositions }] = await Promise.all([
    lib('sources/archive-index.js'),
    lib('news-feed/archive-index-query.js'),
  ]);
  /** The server's CPU time and the bytes of bodies it sent (compressed where they were), so far. */
  const serverStats = async () => await (await fetch(`${origin}/cpu`)).json();

  /** One GET as a browser sends it: with the ETag it holds for the URL, if any; counts what came back. */
  const get = async (url, cache, tally) => {
    const headers = cache.has(url) ? { 'if-none-match': cache.get(url).etag } : {};
    const response = await fetch(url, { headers });
    const body = Buffer.from(await response.arrayBuffer());
    tally.requests++;
    if (response.status === 304) {
      tally.notModified++;
      return cache.get(url).body;
    }
    if (response.headers.get('etag')) cache.set(url, { etag: response.headers.get('etag'), body });
    return body;
  };
  const words = (n) => WORDS[Math.floor(prng(n)() * WORDS.length)];

  const visit = {
    live: async (n, cache, tally) => {
      await get(`${origin}/live/posts?page=1`, cache, tally);
      await get(`${origin}/live/posts?search=${encodeURIComponent(words(n))}`, cache, tally);
    },
    static: async (n, cache, tally) => {
      await get(`${origin}/static/feed.json`, cache, tally);
      const indexUrl = `${origin}/static/index.json`;
      const index = readArchiveIndex(JSON.parse(await get(indexUrl, cache, tally)), indexUrl);
      const text = readSearchText(JSON.parse(await get(index.search, cache, tally)), index.search, index);
      const shown = answerPositions(index, text, { search: words(n) }).slice(0, PAGE_SIZE);
      const pages = new Set(shown.map((position) => Math.floor(position / index.pageSize)));
      await Promise.all([...pages].map((page) => get(index.pages[page], cache, tally)));
    },
  };

  async function round(kind, caches) {
    const tally = { requests: 0, notModified: 0 };
    const before = await serverStats();
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < visitors) {
          const n = next++;
          await visit[kind](n, caches[n], tally);
        }
      }),
    );
    const after = await serverStats();
    return {
      ...tally,
      bytes: after.sent - before.sent,
      cpuMs: after.ms - before.ms,
      wallMs: performance.now() - started,
    };
  }

  console.log(`# Static folder vs live source: ${visitors} visitors, ${values.items} items\n`);
  console.log(
    `- Machine: ${os.cpus()[0]?.model} × ${os.cpus().length}; Node ${process.version}; ${new Date().toISOString()}`,
  );
  console.log(
    `- Each visitor: the list, then one search; ${concurrency} at a time; bodies gzipped (level 6) as sent\n`,
  );
  console.log('| source | round | requests | 304 | bytes | server CPU ms | wall ms |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
  const results = {};
  try {
    for (const kind of ['live', 'static']) {
      const caches = Array.from({ length: visitors }, () => new Map());
      for (const label of ['first visit', 'return visit']) {
        const result = await round(kind, caches);
        results[`${kind} ${label}`] = result;
        console.log(
          `| ${kind} | ${label} | ${result.requests} | ${result.notModified} | ${(result.bytes / 1e6).toFixed(2)} MB | ${result.cpuMs.toFixed(0)} | ${result.wallMs.toFixed(0)} |`,
        );
      }
    }
    const ratio = (a, b) => (results[a].cpuMs / Math.max(1, results[b].cpuMs)).toFixed(1);
    console.log(
      `\nServer CPU, live ÷ static: first visits ${ratio('live first visit', 'static first visit')}×, ` +
        `return visits ${ratio('live return visit', 'static return visit')}×.`,
    );
    const digest = createHash('sha256')
      .update(readFileSync(join(folder, 'index.json')))
      .digest('hex');
    console.log(
      `index.json ${statSync(join(folder, 'index.json')).size} bytes (sha256 ${digest.slice(0, 12)}).`,
    );
  } finally {
    server.kill();
    rmSync(work, { recursive: true, force: true });
  }
}
