#!/usr/bin/env node
/**
 * Prints the versioned CDN snippets for both bundles, each with its Subresource Integrity hash, so a release
 * note or a ward's CMS gets a tag that the browser refuses to run if the CDN ever serves other bytes.
 * Run after `vite build` (the build script does). `--json` prints the same data for other tools.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const { name, version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));

/** Both bundles: the module for current pages, the classic script for CMSs that strip `type="module"`. */
const BUNDLES = [
  { file: 'dist/news-elements.js', attributes: 'type="module" ' },
  { file: 'dist/news-elements.iife.js', attributes: 'defer ' },
];

/** A pinned version, never a range: an integrity hash only holds for the exact bytes it was made from. */
const CDNS = {
  jsDelivr: (file) => `https://cdn.jsdelivr.net/npm/${name}@${version}/${file}`,
  unpkg: (file) => `https://unpkg.com/${name}@${version}/${file}`,
};

export function integrityOf(path) {
  return `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
}

export function releaseInfo() {
  return BUNDLES.map(({ file, attributes }) => {
    const integrity = integrityOf(resolve(root, file));
    const snippets = Object.fromEntries(
      Object.entries(CDNS).map(([cdn, url]) => [
        cdn,
        `<script ${attributes}src="${url(file)}" integrity="${integrity}" crossorigin="anonymous"></script>`,
      ]),
    );
    return { file, integrity, snippets };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let info;
  try {
    info = releaseInfo();
  } catch (error) {
    console.error(`release-info: ${error.message}. Run 'npm run build' first.`);
    process.exit(1);
  }
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ name, version, bundles: info }, null, 2));
  } else {
    console.log(`\nCDN snippets for ${name}@${version} (Subresource Integrity, sha384):`);
    for (const { file, snippets } of info) {
      console.log(`\n  ${file}`);
      for (const [cdn, snippet] of Object.entries(snippets)) console.log(`  ${cdn.padEnd(8)} ${snippet}`);
    }
    console.log('');
  }
}
