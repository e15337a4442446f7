/**
 * `scripts/release.mjs`, after `npm run build`: the archive a ward site's editor downloads. Read back with
 * Debian's `unzip` (an unzipper that is not ours), it must hold every file a site needs, byte for byte as
 * built, with hashes that match them, the editors' guide in both languages and this version's changelog;
 * and the script must refuse to write an archive from a build with a file missing.
 * Run with `npm run test:release` (CI runs it after the build).
 */
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const folder = `news-elements-${version}`;
const temporary = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'news-release-'));
  temporary.push(dir);
  return dir;
};
after(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function release(args, env = {}) {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['scripts/release.mjs', ...args],
      { cwd: root, env: { ...process.env, ...env } },
      (error, stdout, stderr) => resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
}

const unzip = (...args) => execFileSync('unzip', args, { maxBuffer: 64 * 1024 * 1024 });
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** What `vite build` wrote that a page can load: the split build's modules and the two one-file builds. */
const builtModules = readdirSync(dist).filter((file) => file.endsWith('.js'));
const standalone = ['news-elements.standalone.js', 'news-elements.standalone.iife.js'];
const split = builtModules.filter((file) => !standalone.includes(file));

describe('npm run release', () => {
  let archive;
  let names;
  const entry = (name) => unzip('-p', archive, `${folder}/${name}`);

  before(async () => {
    const out = tempDir();
    const result = await release(['--out', out], { SOURCE_DATE_EPOCH: '1598005440' });
    assert.equal(result.code, 0, result.stderr);
    archive = join(out, `${folder}.zip`);
    assert.ok(existsSync(archive), `no ${archive}`);
    names = unzip('-Z1', archive).toString('utf8').trim().split('\n');
  });

  it('is a sound ZIP archive to an unzipper that is not ours', () => {
    assert.match(unzip('-tq', archive).toString('utf8'), /No errors detected/);
  });

  it('holds both builds, the hashes, the schema, the guide, the changelog and the licences, nothing else', () => {
    const required = [
      'HUONG-DAN-GUIDE.html',
      ...standalone.map((file) => `one-file/${file}`),
      ...split.map((file) => `folder/${file}`),
      'SRI.txt',
      'SRI.json',
      'native-feed.schema.json',
      'CHANGELOG.md',
      'LICENSE',
      'THIRD-PARTY-LICENSES.txt',
    ].map((name) => `${folder}/${name}`);
    assert.ok(split.includes('news-elements.js') && split.includes('news-elements.iife.js'));
    assert.ok(
      split.some((file) => file.startsWith('news-article-')),
      'the build has its on-demand parts',
    );
    for (const name of required) assert.ok(names.includes(name), `the archive lacks ${name}`);
    assert.deepEqual([...names].sort(), [...required].sort());
  });

  it('carries every file byte for byte as built', () => {
    for (const file of standalone)
      assert.ok(entry(`one-file/${file}`).equals(readFileSync(join(dist, file))));
    for (const file of split) assert.ok(entry(`folder/${file}`).equals(readFileSync(join(dist, file))));
    assert.ok(
      entry('native-feed.schema.json').equals(readFileSync(join(root, 'schema/native-feed.schema.json'))),
    );
  });

  it("gives each file's hash as the browser computes it, and an import map for every part", () => {
    const info = JSON.parse(entry('SRI.json'));
    assert.equal(info.version, version);
    const archived = (file) => entry(standalone.includes(file) ? `one-file/${file}` : `folder/${file}`);
    assert.deepEqual(
      info.bundles.map((bundle) => bundle.file),
      [
        'dist/news-elements.js',
        'dist/news-elements.iife.js',
        'dist/news-elements.standalone.js',
        'dist/news-elements.standalone.iife.js',
      ],
    );
    for (const bundle of info.bundles) {
      assert.equal(bundle.integrity, sri(archived(bundle.file.slice('dist/'.length))), bundle.file);
      assert.ok(bundle.snippets.jsDelivr.includes(`integrity="${bundle.integrity}"`));
    }
    const pinned = JSON.parse(info.importMaps.jsDelivr.text).integrity;
    const parts = split.filter((file) => file !== 'news-elements.iife.js');
    assert.deepEqual(
      Object.keys(pinned).sort(),
      parts.map((file) => `https://cdn.jsdelivr.net/npm/news-elements@${version}/dist/${file}`).sort(),
    );
    for (const [url, hash] of Object.entries(pinned)) {
      assert.equal(hash, sri(archived(url.split('/').pop())), url);
    }
    const text = entry('SRI.txt').toString('utf8');
    for (const bundle of info.bundles) assert.ok(text.includes(`${bundle.integrity}  ${bundle.file}`));
  });

  it("the classic loader in the folder pins the folder's module", () => {
    const loader = entry('folder/news-elements.iife.js').toString('utf8');
    assert.ok(loader.includes(`'${sri(entry('folder/news-elements.js'))}'`));
  });

  it('has a guide in Vietnamese and English: upload, paste, reserve the height, check a source', () => {
    const guide = entry('HUONG-DAN-GUIDE.html').toString('utf8');
    const section = (lang) => guide.slice(guide.indexOf(`<section lang="${lang}"`)).split('</section>')[0];
    for (const heading of ['Tải tệp lên', 'Dán vào trang', 'Giữ chỗ cho danh sách', 'Kiểm tra nguồn tin']) {
      assert.ok(section('vi').includes(heading), heading);
    }
    for (const heading of [
      'Upload the file',
      'Paste into the page',
      "Reserve the list's height",
      'Check a source',
    ]) {
      assert.ok(section('en').includes(heading), heading);
    }
    const info = JSON.parse(entry('SRI.json'));
    const classic = info.bundles.find((bundle) => bundle.file === 'dist/news-elements.standalone.iife.js');
    for (const lang of ['vi', 'en']) {
      assert.ok(
        section(lang).includes(`integrity="${classic.integrity}"`),
        `the ${lang} tag carries the hash`,
      );
      assert.ok(section(lang).includes('news-elements.standalone.iife.js'));
      assert.ok(section(lang).includes(version));
    }
  });

  it("has this version's changelog section only", () => {
    const changelog = entry('CHANGELOG.md').toString('utf8');
    assert.match(changelog, new RegExp(`^## ${version.replace(/\./g, '\\.')}[\\s—]`));
    assert.equal(changelog.match(/^## /gm).length, 1, 'one release section');
    assert.ok(changelog.includes('### Added'));
  });

  it('gives the same bytes for the same build', async () => {
    const out = tempDir();
    const again = await release(['--out', out], { SOURCE_DATE_EPOCH: '1598005440' });
    assert.equal(again.code, 0, again.stderr);
    assert.ok(readFileSync(join(out, `${folder}.zip`)).equals(readFileSync(archive)));
  });
});

describe('npm run release from an incomplete build', () => {
  it('refuses, names the missing file, and writes no archive', async () => {
    const broken = tempDir();
    cpSync(dist, broken, { recursive: true });
    rmSync(join(broken, 'news-elements.standalone.iife.js'));
    const out = tempDir();
    const result = await release(['--dist', broken, '--out', out]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /news-elements\.standalone\.iife\.js/);
    assert.deepEqual(readdirSync(out), []);
  });
});
