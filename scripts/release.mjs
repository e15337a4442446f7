#!/usr/bin/env node
/**
 * `npm run release`: builds, then writes `news-elements-<version>.zip`, what a ward site's editor downloads
 * when they do not run npm. Everything sits in one folder named after the release:
 *
 *   one-file/     news-elements.standalone.iife.js and .standalone.js: every part inside, for a CMS that
 *                 takes one file at a time
 *   folder/       the split build (module, classic loader, every on-demand part), copied as a whole
 *   HUONG-DAN-GUIDE.html   the editors' guide, Vietnamese and English (scripts/release-guide.mjs)
 *   SRI.json, SRI.txt      the Subresource Integrity hash of every file, and the import map that pins the
 *                          split build's parts (scripts/release-info.mjs)
 *   native-feed.schema.json, CHANGELOG.md (this version's section), LICENSE, THIRD-PARTY-LICENSES.txt
 *
 *   node scripts/release.mjs [--dist dist] [--out .]   the archive alone, from an existing build
 *
 * Refuses to write an archive when a file it needs is missing: a release without a part is worse than none.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  CDNS,
  LOADER,
  STANDALONE,
  STANDALONE_CLASSIC,
  releaseInfo,
  splitBuildFiles,
} from './release-info.mjs';
import { editorGuide } from './release-guide.mjs';
import { zip } from './release-zip.mjs';

const root = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));

/** This version's section of the changelog: from its `## <version>` heading to the next `## `. */
export function changelogSection(text, wanted) {
  const lines = text.split('\n');
  const heading = `## ${wanted}`;
  const start = lines.findIndex((line) => line === heading || line.startsWith(`${heading} `));
  if (start < 0) throw new Error(`CHANGELOG.md has no "## ${wanted}" section`);
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  return `${lines
    .slice(start, end < 0 ? undefined : end)
    .join('\n')
    .trim()}\n`;
}

/** The archive's entries, `[{ name, data }]`, read from `dist` and the repository. */
export function releaseEntries(dist) {
  const folder = `news-elements-${version}`;
  const read = (path) => {
    if (!existsSync(path)) throw new Error(`${path} is missing; run 'npm run build' first`);
    return readFileSync(path);
  };
  const info = releaseInfo(dist);
  const integrity = (file) => info.bundles.find((bundle) => bundle.file === `dist/${file}`).integrity;
  const sri = [
    `Subresource Integrity (sha384) of news-elements ${version}`,
    '',
    ...info.bundles.map(({ file, integrity: hash, covers }) => `${hash}  ${file}  (${covers})`),
    '',
    'The split build, every file (pin them all with the import map in SRI.json, "importMaps", or',
    'node scripts/release-info.mjs --import-map --base-url /your/folder/):',
    ...Object.entries(info.splitBuild).map(([file, hash]) => `${hash}  ${file}`),
    '',
  ].join('\n');
  return [
    {
      name: `${folder}/HUONG-DAN-GUIDE.html`,
      data: editorGuide({
        version,
        standalone: {
          classic: { file: STANDALONE_CLASSIC, integrity: integrity(STANDALONE_CLASSIC) },
          module: { file: STANDALONE, integrity: integrity(STANDALONE) },
        },
      }),
    },
    ...[STANDALONE_CLASSIC, STANDALONE].map((file) => ({
      name: `${folder}/one-file/${file}`,
      data: read(resolve(dist, file)),
    })),
    ...[...splitBuildFiles(dist), LOADER].map((file) => ({
      name: `${folder}/folder/${file}`,
      data: read(resolve(dist, file)),
    })),
    { name: `${folder}/SRI.txt`, data: sri },
    { name: `${folder}/SRI.json`, data: `${JSON.stringify({ ...info, cdns: CDNS }, null, 2)}\n` },
    {
      name: `${folder}/native-feed.schema.json`,
      data: read(resolve(root, 'schema/native-feed.schema.json')),
    },
    {
      name: `${folder}/CHANGELOG.md`,
      data: changelogSection(read(resolve(root, 'CHANGELOG.md')).toString('utf8'), version),
    },
    { name: `${folder}/LICENSE`, data: read(resolve(root, 'LICENSE')) },
    { name: `${folder}/THIRD-PARTY-LICENSES.txt`, data: read(resolve(dist, 'THIRD-PARTY-LICENSES.txt')) },
  ];
}

/** The time every entry carries: SOURCE_DATE_EPOCH, else the last commit's, else now. */
function releaseTime() {
  if (process.env.SOURCE_DATE_EPOCH) return new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000);
  try {
    const seconds = execFileSync('git', ['log', '-1', '--format=%ct'], { cwd: root, encoding: 'utf8' });
    return new Date(Number(seconds.trim()) * 1000);
  } catch {
    return new Date();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { dist: { type: 'string', default: 'dist' }, out: { type: 'string', default: '.' } },
  });
  let entries;
  try {
    entries = releaseEntries(resolve(values.dist));
  } catch (error) {
    console.error(`release: ${error.message}`);
    process.exit(1);
  }
  const path = resolve(values.out, `news-elements-${version}.zip`);
  const archive = zip(entries, { modified: releaseTime() });
  writeFileSync(path, archive);
  console.log(`release: ${path} (${(archive.length / 1024).toFixed(1)} KiB)`);
  for (const { name, data } of entries) {
    console.log(`  ${String(Buffer.byteLength(data)).padStart(8)}  ${name}`);
  }
}
