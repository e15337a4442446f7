import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { loadedFeed, shadow } from '../../test/feed-helpers.js';

/** A native feed of `count` items, each in a category of its own, as a `blob:` URL. */
function manyCategories(count: number): string {
  const items = Array.from({ length: count }, (_, i) => ({
    id: `c${i}`,
    title: `Tin số ${i + 1} của chuyên mục riêng`,
    publishedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    category: `Chuyên mục số ${i + 1}`,
  }));
  return URL.createObjectURL(new Blob([JSON.stringify({ items })], { type: 'application/json' }));
}

describe('<news-feed category-tabs> with very many categories', function () {
  this.timeout(20_000);

  it('keeps 2,001 tabs on one row that scrolls, usable from the keyboard', async () => {
    const feed = await loadedFeed(
      `<news-feed lang="vi" category-tabs page-size="3" src="${manyCategories(2000)}"></news-feed>`,
    );
    const tablist = shadow(feed).querySelector<HTMLElement>('[role="tablist"]')!;
    const tabs = [...tablist.querySelectorAll<HTMLElement>('[role="tab"]')];
    expect(tabs).to.have.length(2001);
    // One row: every tab on the first one's line, and the bar no taller than a tab and its scrollbar.
    const top = tabs[0].getBoundingClientRect().top;
    expect(tabs.every((tab) => tab.getBoundingClientRect().top === top)).to.equal(true);
    expect(tablist.getBoundingClientRect().height).to.be.below(tabs[0].offsetHeight * 2);
    expect(feed.getBoundingClientRect().height).to.be.below(600);
    expect(tablist.scrollWidth).to.be.greaterThan(tablist.clientWidth);

    tabs[0].focus();
    await sendKeys({ press: 'End' });
    await feed.updateComplete;
    const last = shadow(feed).activeElement as HTMLElement;
    expect(last.textContent!.trim()).to.equal('Chuyên mục số 2000');
    expect(last.getAttribute('aria-selected')).to.equal('true');
    // The chosen tab is scrolled into the bar's view.
    const bar = tablist.getBoundingClientRect();
    const box = last.getBoundingClientRect();
    expect(box.left).to.be.at.least(bar.left - 1);
    expect(box.right).to.be.at.most(bar.right + 1);
    expect(feed.items.map((item) => item.category)).to.deep.equal(['Chuyên mục số 2000']);
    await expect(feed).to.be.accessible();
  });
});
