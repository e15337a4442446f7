#!/usr/bin/env node
/**
 * How much a phone downloads to search, filter and sort a published archive: `news-elements publish` over a
 * 5,000-item source (bench/data.mjs), then the sizes of what the list fetches for each question, raw and
 * compressed as a static host or CDN sends them (gzip level 6, brotli quality 5, their usual defaults).
 * bench/data.mjs builds its titles from a few dozen phrases, which compress better than real news; the
 * `varied` row gives every item a made-up place name and number of its own, closer to a real archive.
 *
 *   npm run build && node bench/publish-index-size.mjs [--items 5000]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { generateFeed, prng } from './data.mjs';

const { values } = parseArgs({ options: { items: { type: 'string', default: '5000' } } });
const count = Number(values.items);
const cli = resolve(import.meta.dirname, '../bin/news-elements.mjs');
const work = mkdtempSync(join(os.tmpdir(), 'news-index-size-'));

const SYLLABLES =
  'an bình châu đông hòa khánh lâm minh nghĩa phú quang sơn tân thạnh trung vĩnh xuân yên'.split(' ');
function varied(feed) {
  const random = prng(7);
  const name = () =>
    Array.from({ length: 2 }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join(' ');
  for (const item of feed.items) {
    item.title = `${item.title} tại khu phố ${name()} số ${Math.floor(random() * 900) + 100}`;
    item.summary = `${item.summary} Ông ${name()} phát biểu.`;
  }
  return feed;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const sizes = (bytes) => [
  kb(bytes.length),
  kb(gzipSync(bytes, { level: 6 }).length),
  kb(brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }).length),
];

console.log(`# Archive index size: ${count} items, 10 a page\n`);
console.log(
  `- Machine: ${os.cpus()[0]?.model} × ${os.cpus().length}; Node ${process.version}; ${new Date().toISOString()}\n`,
);
console.log('| source | file | fetched for | raw | gzip | brotli |');
console.log('| --- | --- | --- | ---: | ---: | ---: |');
try {
  for (const [label, feed] of [
    ['bench/data.mjs', generateFeed(count)],
    ['varied', varied(generateFeed(count))],
  ]) {
    const source = join(work, `${label.replace(/\W/g, '-')}.json`);
    const out = join(work, `out-${label.replace(/\W/g, '-')}`);
    writeFileSync(source, JSON.stringify(feed));
    execFileSync(process.execPath, [cli, 'publish', source, '--out', out, '--page-size', '10'], {
      stdio: 'ignore',
    });
    const files = readdirSync(out);
    const read = (name) => readFileSync(join(out, name));
    const search = files.find((name) => name.startsWith('search.'));
    const rows = [
      ['index.json', 'a category, the most viewed, any search', read('index.json')],
      [search.replace(/\.[0-9a-f]+\./, '.<hash>.'), 'a search', read(search)],
      ['feed.json', 'the list (one page of 10)', read('feed.json')],
      ['source', 'the whole archive, for comparison', readFileSync(source)],
    ];
    for (const [name, use, bytes] of rows)
      console.log(`| ${label} | ${name} | ${use} | ${sizes(bytes).join(' | ')} |`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
