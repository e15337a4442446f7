/**
 * The build's last pass (scripts/align-chunk-names.mjs) on a small bundle of two chunks whose bindings
 * collide with the names they travel under: the names line up, and the modules still give the same values.
 * Run with `npm run test:cli`.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { alignChunkNames } from '../../scripts/align-chunk-names.mjs';

const folder = mkdtempSync(join(tmpdir(), 'news-align-'));
after(() => rmSync(folder, { recursive: true, force: true }));

const chunk = (fileName, code) => ({ type: 'chunk', fileName, code });

it('gives exported and imported bindings their travel names, moving other bindings out of the way', async () => {
  const bundle = {
    // `$` is taken by a binding that is not exported; `Dt` travels as `$`, `A` as `B`, and the class
    // keeps its public name.
    'entry.js': chunk(
      'entry.js',
      'function $(t){return t*2}var Dt=function(t){return $(t)+1},A=10;class Fe{}' +
        'export{Dt as $,A as B,Fe as NewsFeedElement};',
    ),
    'part.js': chunk(
      'part.js',
      'import{$ as e,B as t}from"./entry.js";function $(){return e(t)}export{$ as a};\n//# sourceMappingURL=part.js.map',
    ),
  };
  await alignChunkNames().generateBundle({}, bundle);
  assert.match(bundle['entry.js'].code, /export\{\$,B,\w+ as NewsFeedElement\}/);
  assert.match(bundle['part.js'].code, /^import\{\$,B\}from"\.\/entry\.js"/);
  assert.match(bundle['part.js'].code, /export\{a\}/);
  assert.ok(bundle['part.js'].code.endsWith('\n//# sourceMappingURL=part.js.map'));
  writeFileSync(join(folder, 'package.json'), '{"type":"module"}');
  for (const { fileName, code } of Object.values(bundle)) writeFileSync(join(folder, fileName), code);
  const part = await import(pathToFileURL(join(folder, 'part.js')).href);
  const entry = await import(pathToFileURL(join(folder, 'entry.js')).href);
  assert.equal(entry.$(3), 7);
  assert.equal(part.a(), 21);
  assert.equal(typeof entry.NewsFeedElement, 'function');
});
