import { expect } from '@open-wc/testing';
import { NewsArticleElement } from '../src/news-article/news-article.js';
import { NewsFeedElement } from '../src/news-feed/news-feed.js';

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
