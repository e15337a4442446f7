/**
 * The events each element fires, as src/element/events.ts types them and as custom-elements.json documents
 * them (the `@fires` lines the manifest reads): every event an element's modules emit is documented for it,
 * with the one detail shape events.ts gives that name. Run with `npm run test:cli`.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../../', import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));

/** `name → { member: type text }` of NewsEventDetails, read with the TypeScript parser. */
function eventDetails() {
  const file = join(root, 'src/element/events.ts');
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const details = {};
  ts.forEachChild(source, (node) => {
    if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'NewsEventDetails') return;
    for (const member of node.members) {
      details[member.name.text] = Object.fromEntries(
        member.type.members.map((field) => [
          `${field.name.text}${field.questionToken ? '?' : ''}`,
          field.type.getText(source),
        ]),
      );
    }
  });
  return details;
}

/** `{ member: type }` of a manifest event type such as `CustomEvent<{items: NewsItem[], item?: NewsItem}>`. */
function documentedShape(text) {
  const body = /^CustomEvent<\{(.*)\}>$/.exec(text.replace(/\s+/g, ' ').trim())?.[1] ?? '';
  return Object.fromEntries(
    body
      .split(/,(?![^<]*>)/)
      .map((field) => field.trim())
      .filter(Boolean)
      .map((field) => field.split(/:\s*/)),
  );
}

/** Event names emitted by the modules of an element's folder (and the shared element base). */
function emitted(folder) {
  const dirs = [join(root, 'src', folder), join(root, 'src/element')];
  const names = new Set();
  for (const dir of dirs) {
    for (const entry of readdirSync(dir)) {
      if (!entry.endsWith('.ts') || entry.endsWith('.test.ts')) continue;
      for (const [, name] of readFileSync(join(dir, entry), 'utf8').matchAll(
        /\bemit\(\s*\w+,\s*'([\w-]+)'/g,
      )) {
        names.add(name);
      }
    }
  }
  return names;
}

const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName),
);

describe('events', () => {
  const details = eventDetails();

  it('events.ts types every event the elements fire', () => {
    const fired = new Set([...emitted('news-feed'), ...emitted('news-article')]);
    assert.deepEqual([...fired].sort(), Object.keys(details).sort());
  });

  for (const tag of ['news-feed', 'news-article']) {
    it(`<${tag}> documents each event it fires, with the shape events.ts gives it`, () => {
      const element = elements.find((declaration) => declaration.tagName === tag);
      const documented = Object.fromEntries(element.events.map((event) => [event.name, event.type.text]));
      const own = [...emitted(tag)].filter((name) => name !== 'news-close' || tag === 'news-article');
      for (const name of own) {
        assert.ok(documented[name], `${tag} fires ${name} without a @fires line`);
        assert.deepEqual(documentedShape(documented[name]), details[name], `${tag}'s ${name}`);
      }
    });
  }
});
