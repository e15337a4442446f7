/**
 * `scripts/size.mjs`, the build's size gate, run as the build runs it (`--brief`) against made-up `dist`
 * folders whose entry defines stand-in elements: it loads the real pages in Chromium and counts what they
 * download, so it must pass a small module, and fail one over a page's bytes or scripts, one whose pages do
 * not show, and one that imports a chunk statically. Run with `npm run test:cli`.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { PAGES } from '../../scripts/size-pages.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const folders = [];

/** Stand-ins for the two elements: shown (`ready`) at once, or with the status given. */
const elements = (status = 'ready') =>
  `for (const name of ['news-feed', 'news-article']) customElements.define(name, class extends HTMLElement {
    status = ${JSON.stringify(status)};
    updateComplete = Promise.resolve(true);
  });\n`;

/** A `dist` with the entry, the classic loader and any other files given, by name. */
function dist(entry, others = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'news-size-'));
  folders.push(folder);
  writeFileSync(join(folder, 'news-elements.js'), entry);
  writeFileSync(
    join(folder, 'news-elements.iife.js'),
    "import(new URL('news-elements.js', document.currentScript.src));\n",
  );
  for (const [name, code] of Object.entries(others)) writeFileSync(join(folder, name), code);
  return folder;
}

/** Code that gzip cannot shrink much, cut so that it compresses to about `kib` KiB. */
function incompressible(kib) {
  let code = `export const noise = "${randomBytes(Math.round(kib * 1024)).toString('base64')}";\n`;
  while (gzipSync(code, { level: 9 }).length > kib * 1024) code = code.slice(0, -64) + '";\n';
  return code;
}

function size(folder) {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['scripts/size.mjs', '--brief', '--dist', folder],
      { cwd: root, timeout: 120_000 },
      (error, stdout, stderr) => resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
}

/** The report's row of the page whose label starts with `label`. */
const row = (stdout, label) => stdout.split('\n').find((line) => line.startsWith(`| ${label}`));
const SEED_ROW = 'feed, our JSON, `date-format="dd/MM/yyyy \\| HH:mm"`';
const DEFAULT_ROW = 'feed, our JSON, default `date-format`';

after(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

describe('the size gate', () => {
  it('passes a module within the budgets, page by page', async () => {
    const result = await size(dist(elements()));
    assert.equal(result.code, 0, result.stderr);
    assert.match(
      row(result.stdout, DEFAULT_ROW),
      /\| 1 \| `news-elements\.js` \| 0\.\d\d \| 21\.5 KiB \| 15 KiB \(met\) \| ok \|$/,
    );
    assert.match(
      row(result.stdout, 'classic-script page'),
      /\| 2 \| `news-elements\.iife\.js` \+ `news-elements\.js` \|/,
    );
  });

  it('counts what each page downloads: a chunk only where the page asks for it', async () => {
    const entry = `${elements()}if (document.querySelector('news-feed[date-format]')) await import('./pattern-a1.js');\n`;
    const result = await size(
      dist(entry, { 'pattern-a1.js': incompressible(3), 'unused-b2.js': incompressible(30) }),
    );
    assert.equal(result.code, 0, result.stderr);
    assert.match(
      row(result.stdout, SEED_ROW),
      /\| 2 \| `news-elements\.js` \+ `pattern-a1\.js` \| [23]\.\d\d \| 22 KiB, 2 scripts \| 15 KiB, 1 script \| ok \|$/,
    );
    assert.match(row(result.stdout, DEFAULT_ROW), /\| 1 \| `news-elements\.js` \| 0\.\d\d \|/);
    assert.doesNotMatch(result.stdout, /unused-b2/);
  });

  it('reports what a page ran of what it downloaded: code no visit calls is counted as not run', async () => {
    const noise = incompressible(4).replace('export const noise = ', 'return ');
    const entry = `${elements()}export function neverCalled() { ${noise} }\n`;
    const result = await size(dist(entry));
    assert.equal(result.code, 0, result.stderr);
    const ran = result.stdout
      .split('\n')
      .find((line) => line.startsWith(`| ${DEFAULT_ROW} | `) && line.endsWith(' % |'));
    const [, downloaded, run, share] = /\| ([\d.]+) \| ([\d.]+) \| (\d+) % \|$/.exec(ran) ?? [];
    assert.ok(Number(downloaded) > 3.5, ran);
    assert.ok(Number(run) < 0.5, ran);
    assert.ok(Number(share) >= 85, ran);
  });

  it('counts the round trips a page waits for: one download after another, not those at once', async () => {
    // The page, the entry, then the part and the data at once, then what the part imports: 4.
    const entry = `await Promise.all([import('./part-a1.js'), fetch('/data/native-basic.json')]);\n${elements()}`;
    const result = await size(
      dist(entry, {
        'part-a1.js': 'import "./dep-b2.js";\nexport const a = 1;\n',
        'dep-b2.js': 'export const b = 2;\n',
      }),
    );
    const trips = result.stdout
      .split('\n')
      .find((line) => line.startsWith(`| ${DEFAULT_ROW} | `) && line.endsWith(' % |'));
    assert.match(trips, /^\| [^|]+\| 4 \|/);
  });

  it('reports a page over its budget but under its ceiling, and fails none for it', async () => {
    const result = await size(dist(elements() + incompressible(22)));
    assert.equal(result.code, 0, result.stderr);
    const ceiling = PAGES.find((page) => page.id === 'feed-default').ceiling.kib;
    assert.match(
      row(result.stdout, DEFAULT_ROW),
      new RegExp(`\\*\\*OVER\\*\\* by \\d\\.\\d\\d KiB \\(ceiling ${ceiling} KiB\\) \\|$`),
    );
  });

  it('fails a page over its ceiling', async () => {
    // Above the default feed's ceiling, whatever it is now (scripts/size-pages.mjs).
    const ceiling = PAGES.find((page) => page.id === 'feed-default').ceiling.kib;
    const result = await size(dist(elements() + incompressible(ceiling)));
    assert.equal(result.code, 1);
    assert.match(row(result.stdout, DEFAULT_ROW), /\*\*FAIL\*\*: over by \d+\.\d\d KiB \|$/);
    assert.match(result.stderr, /over the budget: .*feed, our JSON, default `date-format`/);
  });

  it('fails a page over its scripts: each is one more download before the dates are final', async () => {
    const entry = `${elements()}if (document.querySelector('news-feed[date-format]')) await import('./pattern-a1.js');\n`;
    const result = await size(
      dist(entry, {
        'pattern-a1.js': 'import "./locale-c3.js";\nexport const a = 1;\n',
        'locale-c3.js': 'export const b = 2;\n',
      }),
    );
    assert.equal(result.code, 1);
    assert.match(row(result.stdout, SEED_ROW), /\| 3 \| .* \*\*FAIL\*\*: over by 1 script \|$/);
  });

  it('fails when a page does not show: a broken page measures nothing', async () => {
    const result = await size(dist(elements('error')));
    assert.equal(result.code, 1);
    assert.match(result.stderr, /feed-default: the page's elements did not show \(<news-feed> error\)/);
  });

  it('fails an entry that imports a chunk statically: a second round trip on every page', async () => {
    const result = await size(
      dist(`import "./shared-a1.js";\n${elements()}`, { 'shared-a1.js': 'export const x = 1;\n' }),
    );
    assert.equal(result.code, 1);
    assert.match(result.stderr, /news-elements\.js imports shared-a1\.js statically/);
  });
});
