#!/usr/bin/env node
/**
 * What real pages download: each page of scripts/size-pages.mjs is loaded in Chromium from a local server,
 * and the scripts it fetched until its elements were shown (status `ready`) and the network was idle are
 * counted, each at its gzip -9 size, with their number (each is a download). Run after `vite build`:
 *
 *   node scripts/size.mjs [--write] [--brief] [--dist dist] [--top 15]
 *
 * Exits 1 (and so fails `npm run build`) when a page downloads more than its budget (bytes or scripts),
 * when a page's elements do not show (a measurement of a broken page says nothing), or when the entry
 * imports another chunk statically, which would cost every page a second round trip before anything
 * renders. Each page also reports how much of what it downloaded ran on the visit (Chromium's JavaScript
 * coverage). `--brief` prints the tables and the verdict only; otherwise the entry's bytes by source follow,
 * and its code that no budgeted page ran, by source: what an on-demand part could take out of it.
 * `--write` also stores the table in docs/size.md (between its size-table markers, when it has them).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM_PATH, launchChromium } from './launch-chromium.mjs';
import { pageHtml, PAGES } from './size-pages.mjs';
import {
  byPackage,
  contributors,
  gzipSize,
  notRunBySource,
  ranText,
  staticImportsOf,
} from './size-sources.mjs';

const { values } = parseArgs({
  options: {
    write: { type: 'boolean', default: false },
    brief: { type: 'boolean', default: false },
    dist: { type: 'string', default: 'dist' },
    top: { type: 'string', default: '15' },
  },
});

const KIB = 1024;
const kib = (bytes) => (bytes / KIB).toFixed(2);
const ENTRY = 'news-elements.js';
const root = resolve(import.meta.dirname, '..');
const dist = resolve(values.dist);
const fixtures = join(root, 'test/fixtures');
/** How long a page may take to show its elements: generous, the machine may be busy. */
const PAGE_TIMEOUT_MS = 30_000;

if (!existsSync(join(dist, ENTRY))) {
  console.error(`size: ${join(dist, ENTRY)} is missing; run \`npx vite build\` first.`);
  process.exit(1);
}

// ---------- the pages, served from 127.0.0.1 ----------

const TYPES = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.xml': 'application/rss+xml',
  '.html': 'text/html',
  '.svg': 'image/svg+xml',
};

/** A file under `folder` for a URL path under it, never outside it. */
function fileIn(folder, path) {
  const file = resolve(folder, `.${decodeURIComponent(path)}`);
  return file.startsWith(folder + sep) && existsSync(file) ? file : undefined;
}

const server = createServer((request, response) => {
  const { pathname } = new URL(request.url, 'http://127.0.0.1');
  const page = PAGES.find((p) => pathname === `/${p.id}.html`);
  const file = pathname.startsWith('/dist/')
    ? fileIn(dist, pathname.slice('/dist'.length))
    : pathname.startsWith('/data/')
      ? fileIn(fixtures, pathname.slice('/data'.length))
      : undefined;
  if (!page && !file) {
    response.writeHead(404).end();
    return;
  }
  const type = page ? TYPES['.html'] : (TYPES[extname(file)] ?? 'application/octet-stream');
  response.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
  response.end(page ? pageHtml(page) : readFileSync(file));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---------- loading them ----------

/**
 * Loads one page in a fresh context (empty cache and storage: a first visit) and returns the scripts it
 * downloaded, by URL, in the order it asked for them, and which of their code ran (the browser's JavaScript
 * coverage: offsets of run ranges, by URL path).
 */
async function scriptsOf(browser, page) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    await tab.coverage.startJSCoverage({ resetOnNavigation: false });
    const trips = await roundTrips(tab);
    const scripts = [];
    tab.on('request', (request) => {
      if (request.resourceType() === 'script' && !scripts.includes(request.url()))
        scripts.push(request.url());
    });
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(`${origin}/${page.id}.html`, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
    const shown = await tab
      .waitForFunction(
        async () => {
          const elements = [...document.querySelectorAll('news-feed, news-article')];
          if (!elements.every((element) => element.status && element.status !== 'loading')) return false;
          await Promise.all(elements.map((element) => element.updateComplete));
          return elements.map((element) => `<${element.localName}> ${element.status}`);
        },
        { timeout: PAGE_TIMEOUT_MS, polling: 50 },
      )
      .then((handle) => handle.jsonValue())
      .catch(() => undefined);
    const tripsUntilShown = trips.untilNow();
    if (!shown || !shown.every((line) => line.endsWith(' ready'))) {
      const state = shown ? shown.join(', ') : 'still loading, or never defined';
      throw new Error(
        `${page.id}: the page's elements did not show (${state})${errors.length ? `: ${errors.join('; ')}` : ''}`,
      );
    }
    // Whatever it asks for after showing (a stored copy's write, a prefetch) is part of the visit too.
    await tab.waitForNetworkIdle({ idleTime: 300, timeout: PAGE_TIMEOUT_MS });
    const ran = new Map();
    for (const { url, ranges } of await tab.coverage.stopJSCoverage()) {
      const path = new URL(url).pathname;
      ran.set(path, [...(ran.get(path) ?? []), ...ranges.map(({ start, end }) => [start, end])]);
    }
    return { scripts, ran, trips: tripsUntilShown };
  } finally {
    await context.close();
  }
}

/** Latency added to every request, so that one round trip after another is told apart from two at once. */
const LATENCY_MS = 150;
/** What a page waits for before its elements can show; images and icons do not hold a title back. */
const AWAITED = new Set(['document', 'script', 'fetch', 'xhr']);

/**
 * Counts a page's round trips: a request is one round trip after the latest request whose answer had begun
 * when it started (the page itself is the first: the browser asks for the entry while the HTML streams in).
 * `untilNow()` is the most a request so far has waited: the sequence of downloads, each after the one
 * before, that the page's first view took.
 */
async function roundTrips(tab) {
  const requests = new Map();
  await tab.emulateNetworkConditions({ download: -1, upload: -1, latency: LATENCY_MS });
  tab.on('request', (request) => {
    if (!AWAITED.has(request.resourceType())) return;
    const start = performance.now();
    let trip = 1;
    for (const earlier of requests.values()) {
      if (earlier.answered !== undefined && earlier.answered <= start)
        trip = Math.max(trip, earlier.trip + 1);
    }
    requests.set(request, { trip });
  });
  const answered = (request) => {
    const entry = requests.get(request);
    if (entry) entry.answered ??= performance.now();
  };
  tab.on('response', (response) => answered(response.request()));
  tab.on('requestfailed', answered);
  return { untilNow: () => Math.max(0, ...[...requests.values()].map((entry) => entry.trip)) };
}

/** A downloaded script's gzip -9 size: its file in `dist` (a build is deterministic, a download may not be). */
const gzipOf = new Map();
function scriptGzip(url) {
  const path = new URL(url).pathname;
  if (!gzipOf.has(path)) {
    const file = path.startsWith('/dist/') ? fileIn(dist, path.slice('/dist'.length)) : undefined;
    if (!file) throw new Error(`size: a page downloaded ${url}, which is not in ${dist}`);
    gzipOf.set(path, gzipSize(readFileSync(file)));
  }
  return gzipOf.get(path);
}

/** The gzip -9 size of the code of a downloaded script that ran on the visit. */
function ranGzipOf(url, ran) {
  const path = new URL(url).pathname;
  const file = fileIn(dist, path.slice('/dist'.length));
  return gzipSize(ranText(readFileSync(file, 'utf8'), ran.get(path) ?? []));
}

let browser;
try {
  browser = await launchChromium();
} catch (error) {
  console.error(`size: cannot start Chromium at ${CHROMIUM_PATH} (set CHROME_PATH): ${error.message}`);
  server.close();
  process.exit(1);
}
const rows = [];
const broken = [];
try {
  for (const page of PAGES) {
    // A page of a build that this dist has not (the size gate's own tests make partial ones).
    if (page.needs && !existsSync(join(dist, page.needs))) continue;
    try {
      const { scripts, ran, trips } = await scriptsOf(browser, page);
      const files = scripts.map((url) => new URL(url).pathname.replace(/^\/dist\//, ''));
      const gzip = scripts.reduce((total, url) => total + scriptGzip(url), 0);
      const ranGzip = scripts.reduce((total, url) => total + ranGzipOf(url, ran), 0);
      rows.push({ page, files, gzip, ran, ranGzip, trips, status: verdict(page, gzip, files.length) });
    } catch (error) {
      broken.push(error.message);
    }
  }
} finally {
  await browser.close();
  server.close();
}

function verdict({ budget, ceiling }, gzip, scripts) {
  if (!budget) return 'info';
  const over = [];
  if (budget.kib !== undefined && gzip > budget.kib * KIB) over.push(`${kib(gzip - budget.kib * KIB)} KiB`);
  if (budget.scripts !== undefined && scripts > budget.scripts)
    over.push(`${scripts - budget.scripts} script${scripts - budget.scripts > 1 ? 's' : ''}`);
  if (!over.length) return 'ok';
  const underCeiling = ceiling && gzip <= ceiling.kib * KIB && over.length === 1 && over[0].endsWith('KiB');
  return underCeiling
    ? `**OVER** by ${over[0]} (ceiling ${ceiling.kib} KiB)`
    : `**FAIL**: over by ${over.join(' and ')}`;
}

// ---------- the report ----------

const limit = (target) =>
  target
    ? [
        target.kib !== undefined ? `${target.kib} KiB` : undefined,
        target.scripts !== undefined ? `${target.scripts} script${target.scripts > 1 ? 's' : ''}` : undefined,
      ]
        .filter(Boolean)
        .join(', ')
    : '—';
const met = (goal, row) =>
  goal
    ? (goal.kib === undefined || row.gzip <= goal.kib * KIB) &&
      (goal.scripts === undefined || row.files.length <= goal.scripts)
      ? ' (met)'
      : ''
    : '';

const table = [
  '| page | scripts | what it downloads | gzip KiB | budget | goal | status |',
  '| --- | ---: | --- | ---: | ---: | ---: | --- |',
  ...rows.map(
    (row) =>
      `| ${row.page.label.replaceAll('|', '\\|')} | ${row.files.length} | ${row.files.map((n) => `\`${n}\``).join(' + ')} | ` +
      `${kib(row.gzip)} | ${limit(row.page.budget)} | ${limit(row.page.goal)}${met(row.page.goal, row)} | ${row.status} |`,
  ),
].join('\n');

// Every on-demand part src/parts.ts declares, as the build wrote it (dist/parts.json): what a page pays when
// it needs one. A part shares its file with others when the build groups them (vite.config.ts).
const partsFile = join(dist, 'parts.json');
const partsTable = [
  '| part | what it holds | a page downloads it when | file | gzip KiB |',
  '| --- | --- | --- | --- | ---: |',
  // A build of another tool (the size script's own tests) may have none.
  ...(existsSync(partsFile) ? JSON.parse(readFileSync(partsFile, 'utf8')) : []).map(
    (part) =>
      `| \`${part.name}\` | ${part.what.replaceAll('|', '\\|')} | ${part.when.replaceAll('|', '\\|')} | ` +
      `\`${part.file}\` | ${kib(gzipSize(readFileSync(join(dist, part.file))))} |`,
  ),
].join('\n');

// What a visit ran of what it downloaded (the code an on-demand split could at best leave out is the rest),
// and how many downloads it waited for one after another.
const budgeted = rows.filter((row) => row.page.budget);
const ranTable = [
  '| page | round trips before it showed | downloaded gzip KiB | of it ran on the visit | did not run |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (row) =>
      `| ${row.page.label.replaceAll('|', '\\|')} | ${row.trips} | ${kib(row.gzip)} | ${kib(row.ranGzip)} | ` +
      `${((100 * (row.gzip - row.ranGzip)) / row.gzip).toFixed(0)} % |`,
  ),
].join('\n');

console.log('## What each page downloads (scripts, gzip -9)\n');
console.log(table);
console.log('\n## The parts pages download on demand (src/parts.ts)\n');
console.log(partsTable);
console.log(
  '\n## What each page waited for, and ran of what it downloaded (JavaScript coverage of the visit)\n',
);
console.log(ranTable);
console.log(
  '\nLoaded in Chromium, first visit: every script fetched until the elements showed and the network was idle.',
);

if (!values.brief) {
  const top = Number(values.top) || 15;
  const entry = contributors(dist, [ENTRY]);
  const entryGzip = gzipSize(readFileSync(join(dist, ENTRY)));
  const contributorTable = (list) =>
    [
      '| source | min bytes | ≈ gzip KiB | share |',
      '| --- | ---: | ---: | ---: |',
      ...list.map(
        (row) =>
          `| ${row.source} | ${row.bytes} | ${kib(row.gzip)} | ${((100 * row.gzip) / entryGzip).toFixed(1)} % |`,
      ),
    ].join('\n');
  console.log(`\n## ${ENTRY} by package (≈ gzip share of ${kib(entryGzip)} KiB)\n`);
  console.log(contributorTable(byPackage(entry)));
  console.log(`\n## ${ENTRY}, top ${top} source files\n`);
  console.log(contributorTable(entry.slice(0, top)));
  // The entry's code that none of the budgeted pages ran, by source: where an on-demand part could win.
  const entryRan = budgeted.flatMap((row) => row.ran.get(`/dist/${ENTRY}`) ?? []);
  console.log(`\n## ${ENTRY}: code no budgeted page ran, top ${top} source files\n`);
  console.log(contributorTable(notRunBySource(dist, ENTRY, entryRan).slice(0, top)));
}

if (values.write) {
  const out = join(root, 'docs/size.md');
  const START = '<!-- size-table:start -->';
  const END = '<!-- size-table:end -->';
  const generated =
    `${START}\n\n${table}\n\nThe same visits with ${LATENCY_MS} ms added to every request: the round trips each ` +
    `waited for, one after another, before its elements showed (the page itself is the first), and what it ran ` +
    `of what it downloaded (Chromium's JavaScript coverage; gzip of the code that ran):\n\n${ranTable}\n\n` +
    `The parts pages download on demand (src/parts.ts, as \`dist/parts.json\` lists them):\n\n${partsTable}\n\n${END}`;
  const old = existsSync(out) ? readFileSync(out, 'utf8') : '';
  const text =
    old.includes(START) && old.includes(END)
      ? old.slice(0, old.indexOf(START)) + generated + old.slice(old.indexOf(END) + END.length)
      : `# Bundle size\n\nReproduce with \`npx vite build && node scripts/size.mjs\`.\n\n${generated}\n`;
  const prettier = await import('prettier');
  // The committed docs must pass `prettier --check .` like every other file.
  writeFileSync(out, await prettier.format(text, { ...(await prettier.resolveConfig(out)), filepath: out }));
  console.log(`\nWrote ${out}`);
}

const failed = rows.filter((row) => row.status.startsWith('**FAIL'));
const entryImports = staticImportsOf(readFileSync(join(dist, ENTRY), 'utf8'));
if (entryImports.length) {
  console.error(
    `\nsize: ${ENTRY} imports ${entryImports.join(', ')} statically: one more round trip per page.`,
  );
}
for (const message of broken) console.error(`\nsize: ${message}`);
if (failed.length) {
  console.error(`\nsize: over the budget: ${failed.map((row) => row.page.label).join('; ')}`);
}
if (failed.length || broken.length || entryImports.length) process.exit(1);
