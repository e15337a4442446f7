#!/usr/bin/env node
/**
 * Subresource Integrity for every file a page can load, after `vite build` (the build script runs this):
 *
 *   node scripts/release-info.mjs                  versioned jsDelivr and unpkg tags of the four bundles
 *   node scripts/release-info.mjs --import-map [--base-url /news-elements/]
 *                                                  the import map that pins every part of the split build
 *   node scripts/release-info.mjs --json           all of it, for other tools (the release archive's SRI.json)
 *
 * What `integrity` on a tag covers: the one file the tag names. The standalone files are everything, so one
 * hash pins all. The classic loader carries the module's hash from its build and checks it, so pinning the
 * loader pins the module. The module's parts, loaded on demand, are pinned by an import map's `integrity`
 * section (one entry per file, by URL), which the browser applies to every module it fetches, `import()`
 * included; a browser without import-map integrity (before Chrome 127, Safari 18, Firefox 138) loads them
 * unchecked, and a site that must have every byte checked everywhere uses a standalone file.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, 'dist');
const { name, version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));

export const ENTRY = 'news-elements.js';
export const LOADER = 'news-elements.iife.js';
export const STANDALONE = 'news-elements.standalone.js';
export const STANDALONE_CLASSIC = 'news-elements.standalone.iife.js';

/** The tags a page pastes: the split build's module and loader, and the two one-file builds. */
const BUNDLES = [
  { file: ENTRY, attributes: 'type="module" ', covers: 'the module; its parts through the import map' },
  {
    file: LOADER,
    attributes: 'defer ',
    covers: 'the loader and, through the hash built into it, the module',
  },
  { file: STANDALONE, attributes: 'type="module" ', covers: 'everything: one file' },
  { file: STANDALONE_CLASSIC, attributes: 'defer ', covers: 'everything: one file' },
];

/** A pinned version, never a range: an integrity hash only holds for the exact bytes it was made from. */
export const CDNS = {
  jsDelivr: `https://cdn.jsdelivr.net/npm/${name}@${version}/dist/`,
  unpkg: `https://unpkg.com/${name}@${version}/dist/`,
};

export function integrityOf(path) {
  return `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
}

/** The split build: the module and every part it can load on demand (all of it lives flat in `dist/`). */
export function splitBuildFiles(dir = dist) {
  const files = readdirSync(dir).filter(
    (file) => file.endsWith('.js') && ![LOADER, STANDALONE, STANDALONE_CLASSIC].includes(file),
  );
  if (!files.includes(ENTRY)) throw new Error(`${dir}/${ENTRY} is missing`);
  return files.sort((a, b) => (a === ENTRY ? -1 : b === ENTRY ? 1 : a.localeCompare(b)));
}

/**
 * `{ integrity: { "<base><file>": "sha384-…" } }` for every file of the split build. `baseUrl` is where the
 * page serves `dist/` from, absolute or from the site root (`/news-elements/`): the browser matches each
 * module it fetches by its full URL.
 */
export function importMap(baseUrl, dir = dist) {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return {
    integrity: Object.fromEntries(
      splitBuildFiles(dir).map((file) => [`${base}${file}`, integrityOf(resolve(dir, file))]),
    ),
  };
}

/**
 * The import map as a tag, and the CSP source that allows exactly this inline text: a page whose policy
 * has no `'unsafe-inline'` adds it to `script-src`.
 */
export function importMapTag(baseUrl, dir = dist) {
  const text = JSON.stringify(importMap(baseUrl, dir), null, 2);
  return {
    tag: `<script type="importmap">\n${text}\n</script>`,
    text,
    cspSource: `'sha256-${createHash('sha256').update(`\n${text}\n`).digest('base64')}'`,
  };
}

export function releaseInfo(dir = dist) {
  const bundles = BUNDLES.map(({ file, attributes, covers }) => {
    const integrity = integrityOf(resolve(dir, file));
    const snippets = Object.fromEntries(
      Object.entries(CDNS).map(([cdn, base]) => [
        cdn,
        `<script ${attributes}src="${base}${file}" integrity="${integrity}" crossorigin="anonymous"></script>`,
      ]),
    );
    return { file: `dist/${file}`, integrity, covers, snippets };
  });
  const parts = Object.fromEntries(
    splitBuildFiles(dir).map((file) => [`dist/${file}`, integrityOf(resolve(dir, file))]),
  );
  const importMaps = Object.fromEntries(
    Object.entries(CDNS).map(([cdn, base]) => [cdn, importMapTag(base, dir)]),
  );
  return { name, version, bundles, splitBuild: parts, importMaps };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      'import-map': { type: 'boolean', default: false },
      'base-url': { type: 'string' },
    },
  });
  let info;
  try {
    info = releaseInfo();
  } catch (error) {
    console.error(`release-info: ${error.message}. Run 'npm run build' first.`);
    process.exit(1);
  }
  if (values.json) {
    console.log(JSON.stringify(info, null, 2));
  } else if (values['import-map']) {
    const base = values['base-url'] ?? CDNS.jsDelivr;
    const { tag, cspSource } = importMapTag(base);
    console.log(`\nPut this before any module script of the page (files served from ${base}):\n`);
    console.log(tag);
    console.log(
      `\nA Content-Security-Policy without 'unsafe-inline' allows it with: script-src ${cspSource}\n`,
    );
  } else {
    console.log(`\nCDN tags for ${name}@${version} (Subresource Integrity, sha384):`);
    for (const { file, covers, snippets } of info.bundles) {
      console.log(`\n  ${file} — integrity covers ${covers}`);
      for (const [cdn, snippet] of Object.entries(snippets)) console.log(`  ${cdn.padEnd(8)} ${snippet}`);
    }
    console.log(
      `\nThe module's ${Object.keys(info.splitBuild).length - 1} on-demand parts: ` +
        `node scripts/release-info.mjs --import-map [--base-url /your/folder/]\n`,
    );
  }
}
