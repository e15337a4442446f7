import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { NewsArticleElement } from '../src/news-article/news-article.js';
import { NewsFeedElement } from '../src/news-feed/news-feed.js';
import {
  exportedStylesheets,
  isPrivate,
  manifestElements,
  readsOf,
  stylesheetModules,
  type ManifestElement,
  type Stylesheet,
} from './stylesheets.js';

/** Every private `--_*` variable a stylesheet reads must be defined in it: a typo would silently fall back. */
describe('design tokens', () => {
  for (const element of [NewsFeedElement, NewsArticleElement]) {
    it(`${element.name} defines every private variable it uses, and reads public ones only to define them`, () => {
      const cssText = [element.styles].flat(Infinity).map(String).join('\n');
      const used = new Set([...cssText.matchAll(/var\((--_[\w-]+)/g)].map((match) => match[1]));
      const defined = new Set([...cssText.matchAll(/(--_[\w-]+)\s*:/g)].map((match) => match[1]));
      expect([...used].filter((name) => !defined.has(name))).to.deep.equal([]);
      const publicReads = [...cssText.matchAll(/([\w-]+)\s*:\s*var\((--news-[\w-]+)/g)];
      expect(
        publicReads.filter(([, property]) => !property.startsWith('--_')).map(([whole]) => whole),
      ).to.deep.equal([]);
    });
  }
});

/**
 * The same rules over every stylesheet in `src/`, found by listing the modules rather than by a hand-kept
 * list, so that a sheet adopted later (the feed's extras) or added tomorrow is read too. A sheet in an
 * element's folder is that element's; one outside every element's folder is shared by all of them.
 */
describe('design tokens in every stylesheet', () => {
  let sheets: Stylesheet[];
  let elements: ManifestElement[];
  const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);
  /** The sheets that apply together with `sheet`: its element's (or, for a shared one, every element's). */
  const scopeOf = (sheet: Stylesheet): Stylesheet[] => {
    const owners = elements.filter((element) => folderOf(element.path) === folderOf(sheet.path));
    return owners.length ? sheetsOf(owners[0]) : sheets;
  };
  const sheetsOf = (element: ManifestElement): Stylesheet[] =>
    sheets.filter(
      (sheet) =>
        folderOf(sheet.path) === folderOf(element.path) ||
        !elements.some((other) => folderOf(other.path) === folderOf(sheet.path)),
    );
  const named = (sheet: Stylesheet) => `${sheet.path} ${sheet.name}`;

  before(async () => {
    elements = await manifestElements();
    const modules = await stylesheetModules();
    sheets = (await Promise.all(modules.map(exportedStylesheets))).flat();
  });

  it('finds the elements and their stylesheets, and every module with a css`` template exports it', async () => {
    expect(elements.map((element) => element.tagName).sort()).to.include.members([
      'news-article',
      'news-feed',
    ]);
    const modules = await stylesheetModules();
    expect(modules).to.include('src/news-feed/feed-extras.styles.ts');
    const exporting = new Set(sheets.map((sheet) => sheet.path));
    expect(
      modules.filter((path) => !exporting.has(path)),
      'modules whose stylesheet no test can read',
    ).to.deep.equal([]);
    for (const element of elements) {
      const module = (await import(`/${element.path}`)) as Record<string, { styles?: unknown }>;
      const listed = sheetsOf(element).flatMap((sheet) => sheet.results);
      const own = [module[element.className].styles].flat(Infinity) as CSSResult[];
      expect(
        own.filter((result) => !listed.includes(result)).map(String),
        `${element.tagName} styles that no listed sheet holds`,
      ).to.deep.equal([]);
    }
  });

  it('defines every private variable a sheet reads, among the sheets that apply with it', () => {
    const undefinedReads = sheets.flatMap((sheet) => {
      const defined = new Set(scopeOf(sheet).flatMap((other) => other.declarations.map((d) => d.property)));
      const reads = sheet.declarations.flatMap((declaration) => readsOf(declaration.value));
      return [...new Set(reads.filter((name) => isPrivate(name) && !defined.has(name)))].map(
        (name) => `${named(sheet)}: ${name}`,
      );
    });
    expect(undefinedReads, 'private variables read but defined nowhere').to.deep.equal([]);
  });

  it('reads only the public tokens its element documents, and only to define private variables', () => {
    const strays = sheets.flatMap((sheet) => {
      const owners = elements.filter((element) => sheetsOf(element).includes(sheet));
      return sheet.declarations.flatMap(({ property, value }) =>
        readsOf(value)
          .filter((name) => !isPrivate(name))
          .filter(
            (name) => !isPrivate(property) || owners.some((owner) => !owner.cssProperties.includes(name)),
          )
          .map((name) => `${named(sheet)}: ${property}: …var(${name}…`),
      );
    });
    expect(strays, 'public tokens undocumented or read outside a private definition').to.deep.equal([]);
  });

  it('has no unused token: every private variable defined is read, and every documented token too', () => {
    const readIn = (scope: Stylesheet[]) =>
      new Set(
        scope.flatMap((sheet) => sheet.declarations.flatMap((declaration) => readsOf(declaration.value))),
      );
    const unusedPrivate = sheets.flatMap((sheet) => {
      const read = readIn(scopeOf(sheet));
      return [
        ...new Set(
          sheet.declarations.map((d) => d.property).filter((name) => isPrivate(name) && !read.has(name)),
        ),
      ].map((name) => `${named(sheet)}: ${name}`);
    });
    const unusedPublic = elements.flatMap((element) => {
      const read = readIn(sheetsOf(element));
      return element.cssProperties
        .filter((name) => !read.has(name))
        .map((name) => `${element.tagName}: ${name}`);
    });
    expect([...unusedPrivate, ...unusedPublic], 'tokens defined or documented but never read').to.deep.equal(
      [],
    );
  });
});
