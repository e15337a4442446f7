import { expect } from '@open-wc/testing';
import { openHostPage, type HostPage } from './host-page.js';
import { cutTexts, danglingBars } from './text-fit.js';

/**
 * Real-length headlines (15–30 words, as Vietnamese portals write them) in every layout, at a phone's and a
 * desktop's width, in Vietnamese and English, on a page with a footer below the feed: nothing of a title or
 * a meta line is cut, no bar is left at either end of a meta line, and the page does not move while the
 * script and the news arrive, on a first visit and on the next one.
 */
const WIDTHS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];
/** `style` is what the docs tell a page to set: `--rows` (the page size), and a sidebar's `--row`. */
const LAYOUTS = [
  { name: 'list', attrs: 'page-size="4" style="--rows: 4"' },
  { name: 'list, featured', attrs: 'featured page-size="4" style="--rows: 4"' },
  { name: 'list of 10 (a news page)', attrs: '' },
  { name: 'grid, featured', attrs: 'layout="grid" featured page-size="5" style="--rows: 5"' },
  { name: 'grid', attrs: 'layout="grid" page-size="6" style="--rows: 6"' },
  {
    name: 'list without pictures in a sidebar',
    attrs: 'hide="image summary" page-size="4" style="--rows: 4; --row: 175px"',
    column: 340,
  },
  {
    name: 'compact in a sidebar',
    attrs: 'layout="compact" page-size="5" style="--rows: 5; --row: 130px"',
    column: 340,
  },
  { name: 'compact, full width', attrs: 'layout="compact" page-size="5" style="--rows: 5"' },
  { name: 'ticker', attrs: 'layout="ticker" page-size="5"' },
];
/** Layout shift the page may see in all: Core Web Vitals' "good" is 0.1; the issue asks 0.02. */
const MAX_SHIFT = 0.02;

let run = 0;
const source = (lang: string) =>
  `/__fault/delay/300/real-${lang}-${Date.now().toString(36)}-${++run}?src=/test/fixtures/real-length/${lang}.json`;

const attributesFor = (lang: string, attrs: string) =>
  `${attrs} src="${source(lang)}" time-zone="Asia/Ho_Chi_Minh"${
    lang === 'vi' ? ' date-format="dd/MM/yyyy | HH:mm"' : ''
  }`;

/** The fenced CSS blocks of a Markdown file of the project. */
async function cssBlocks(path: string): Promise<string[]> {
  const text = await (await fetch(path)).text();
  return [...text.matchAll(/```css\n([\s\S]*?)```/g)].map((match) => match[1]);
}

describe('the documented height reservation', () => {
  it('is one rule, the same in docs/layout-stability.md and docs/cms.md, and the README points to it', async () => {
    const [rule] = await cssBlocks('/docs/layout-stability.md');
    expect(rule).to.include('news-feed:not(:defined)');
    expect(await cssBlocks('/docs/cms.md')).to.include(rule);
    const readme = await (await fetch('/README.md')).text();
    expect(readme).to.include('docs/layout-stability.md');
    expect(readme).to.not.match(/\d+ px a row|\* \d+px\)/);
  });
});

describe('real-length headlines, laid out', function () {
  this.timeout(30_000);
  let page: HostPage | undefined;
  let reservation = '';
  before(async () => {
    [reservation] = await cssBlocks('/docs/layout-stability.md');
  });
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    page?.close();
    page = undefined;
  });

  for (const { width, height } of WIDTHS) {
    for (const lang of ['vi', 'en']) {
      for (const layout of LAYOUTS) {
        it(`${layout.name}, ${lang}, ${width} px: whole titles and meta lines, no dangling bar, CLS ≤ ${MAX_SHIFT} on the first visit and the next`, async () => {
          page = await openHostPage({
            width,
            height,
            lang,
            attrs: attributesFor(lang, layout.attrs),
            column: layout.column,
            css: reservation,
          });
          const root = page.feed.shadowRoot!;
          expect(page.feed.status).to.equal('ready');
          expect(root.querySelectorAll('[part~="title"]').length).to.be.greaterThan(0);
          expect(cutTexts(root, '[part~="title"], [part~="meta"]'), 'text cut').to.deep.equal([]);
          expect(danglingBars(root.querySelectorAll('[part~="meta"]')), 'dangling bars').to.deep.equal([]);
          expect(page.shift(), 'layout shift, first visit').to.be.at.most(MAX_SHIFT);
          await page.reload();
          expect(page.feed.status).to.equal('ready');
          expect(page.shift(), 'layout shift, next visit').to.be.at.most(MAX_SHIFT);
        });
      }
    }
  }
});
