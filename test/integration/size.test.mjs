/**
 * `scripts/size.mjs`, the build's size gate, run as the build runs it (`--brief`) against made-up `dist`
 * folders: it must pass a small module, and fail one over its limit or one that imports a chunk statically.
 * Run with `npm run test:cli`.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../../', import.meta.url));
const folders = [];

/** A `dist` with the two entry files and any other files given, by name. */
function dist(entry, others = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'news-size-'));
  folders.push(folder);
  writeFileSync(join(folder, 'news-elements.js'), entry);
  writeFileSync(join(folder, 'news-elements.iife.js'), 'import("./news-elements.js");\n');
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
      { cwd: root },
      (error, stdout, stderr) => resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
}

/** The feed's ceiling as the script sets it today, in KiB (it comes down as cuts land). */
const feedCeiling = Number(
  /CEILINGS = \{ feed: ([\d.]+) \* KIB/.exec(readFileSync(join(root, 'scripts/size.mjs'), 'utf8'))[1],
);

after(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

describe('the size gate', () => {
  it('passes a module within the budgets', async () => {
    const result = await size(dist('export const feed = 1;\n'));
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /\| feed \| `news-elements\.js` \| \d+ \| 0\.\d\d \| 20\.00 \| ok \|/);
  });

  it('lets a page over its budget but under its ceiling pass, and says so', async () => {
    const result = await size(dist(incompressible((20 + feedCeiling) / 2)));
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /\*\*OVER\*\* by \d\.\d\d KiB \(ceiling \d\d\.\d\d\)/);
  });

  it('fails a page over its ceiling', async () => {
    const result = await size(dist(incompressible(30)));
    assert.equal(result.code, 1);
    assert.match(result.stderr, /over the limit: feed/);
  });

  it('fails an entry that imports a chunk statically: a second round trip on every page', async () => {
    const result = await size(
      dist('import "./shared-a1.js";\nexport const feed = 1;\n', { 'shared-a1.js': 'export const x = 1;\n' }),
    );
    assert.equal(result.code, 1);
    assert.match(result.stderr, /news-elements\.js imports shared-a1\.js statically/);
  });
});
