#!/usr/bin/env node
/**
 * Checks what `npm publish` would ship, after `npm run build`: the files a page, a bundler and the CLI need
 * are in the tarball, nothing that only the repository needs is, and the class modules register nothing
 * (a bundler drops the package when `sideEffects` says so, so a hidden `customElements.define` in them
 * would make `<news-feed>` vanish or clash in an app that registers its own name).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const failures = [];
const fail = (message) => failures.push(message);

// --- 1. The tarball's file list -------------------------------------------------------------------------
const [pack] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }),
);
const files = new Set(pack.files.map((file) => file.path));
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));

const REQUIRED = [
  'package.json',
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
  'dist/THIRD-PARTY-LICENSES.txt',
  'custom-elements.json',
  'schema/native-feed.schema.json',
  'dist/news-elements.js',
  'dist/news-elements.iife.js',
  'dist/news-elements.standalone.js',
  'dist/news-elements.standalone.iife.js',
  'dist/lib/index.js',
  'dist/lib/index.d.ts',
  'dist/lib/define.js',
  'dist/lib/define.d.ts',
  'bin/news-elements.mjs',
  'types/jsx.d.ts',
];
for (const file of REQUIRED) if (!files.has(file)) fail(`missing from the package: ${file}`);

const FORBIDDEN = [
  [/^src\//, 'TypeScript sources'],
  [/\.test\.[cm]?[jt]sx?$/, 'a test'],
  [/^test\//, 'test files'],
  [/^demo\//, 'the demo'],
  [/^bench\//, 'benchmarks'],
  [/(^|\/)node_modules\//, 'node_modules'],
  [/^\.ci\//, 'CI scripts'],
  [/^scripts\//, 'repository scripts'],
];
for (const file of files) {
  for (const [pattern, what] of FORBIDDEN) if (pattern.test(file)) fail(`${what} in the package: ${file}`);
}

// Every path package.json points at must ship, or an import of the package fails only for its users.
const pointed = new Set([
  pkg.main,
  pkg.module,
  pkg.types,
  pkg.customElements,
  ...Object.values(pkg.bin ?? {}),
]);
for (const target of Object.values(pkg.exports)) {
  if (typeof target === 'string') pointed.add(target);
  else Object.values(target).forEach((path) => pointed.add(path));
}
for (const path of pointed) {
  if (path && !files.has(path.replace(/^\.\//, '')))
    fail(`package.json points at ${path}, which does not ship`);
}
// The JSX typings are written by hand: every attribute the manifest documents must have its typed prop.
const jsx = readFileSync(resolve(root, 'types/jsx.d.ts'), 'utf8');
const manifest = JSON.parse(readFileSync(resolve(root, 'custom-elements.json'), 'utf8'));
for (const element of manifest.modules.flatMap((module) => module.declarations ?? [])) {
  for (const { name } of element.customElement ? (element.attributes ?? []) : []) {
    const prop = /^[a-z]+$/.test(name) ? new RegExp(`^\\s*${name}\\?:`, 'm') : new RegExp(`'${name}'\\?:`);
    if (!prop.test(jsx)) fail(`types/jsx.d.ts has no prop for <${element.tagName} ${name}>`);
  }
}
if (!pkg.dependencies?.lit) fail('lit must be a dependency: the npm modules import it rather than inline it');

// The bundles inline these packages, and their licences ship beside them.
const notices = readFileSync(resolve(root, 'dist/THIRD-PARTY-LICENSES.txt'), 'utf8');
for (const name of [
  'lit-html',
  '@lit/reactive-element',
  '@lit/task',
  'dompurify',
  'date-fns',
  '@date-fns/tz',
]) {
  if (!notices.includes(`\n${name}@`)) fail(`dist/THIRD-PARTY-LICENSES.txt has no licence of ${name}`);
}

// The manifest is what editors and docs tools show as the elements' API: private members are nobody's.
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    for (const member of declaration.members ?? []) {
      if (member.privacy === 'private' || member.name.startsWith('#')) {
        fail(`custom-elements.json lists ${declaration.name}'s private member ${member.name}`);
      }
    }
  }
}

// --- 2. Side effects, statically: the class modules never reach define.js ---------------------------------
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;
function graph(entry) {
  const seen = new Set();
  const walk = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) walk(resolve(dirname(file), spec));
  };
  walk(entry);
  return seen;
}
const lib = resolve(root, 'dist/lib');
const classEntries = Object.entries(pkg.exports)
  .filter(([, target]) => typeof target === 'object' && target.default?.startsWith('./dist/lib/'))
  .filter(([key]) => !pkg.sideEffects.some((path) => path === pkg.exports[key].default));
for (const [key, target] of classEntries) {
  for (const file of graph(resolve(root, target.default))) {
    const name = relative(lib, file);
    if (name === 'define.js') fail(`"${key}" reaches define.js, so importing it registers elements`);
    if (/customElements\.define\(/.test(readFileSync(file, 'utf8')) && name !== 'element/define-element.js') {
      fail(`"${key}" reaches ${name}, which calls customElements.define itself`);
    }
  }
}

// --- 3. ...and at run time: import them in Node with a registry that records every define ---------------
const defined = [];
globalThis.customElements = { define: (name) => defined.push(name), get: () => undefined };
for (const [key, target] of classEntries) {
  await import(pathToFileURL(resolve(root, target.default)).href);
  if (defined.length) fail(`importing "${key}" registered ${defined.splice(0).join(', ')}`);
}
await import(pathToFileURL(resolve(root, pkg.exports['./define.js'].default)).href);
if (!defined.includes('news-feed')) fail('importing define.js did not register <news-feed>');

if (failures.length) {
  console.error(`check-pack: ${failures.length} problem(s):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `check-pack: ${files.size} files, ${(pack.size / 1024).toFixed(0)} kB packed; ` +
    `${classEntries.map(([key]) => key).join(', ')} register nothing; define.js registers ${defined.join(', ')}.`,
);
