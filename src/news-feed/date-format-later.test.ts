import { expect } from '@open-wc/testing';
import { FIXTURES, loadedFeed } from '../../test/feed-helpers.js';

/**
 * A page of its own, so that date-fns has not been loaded by an earlier test: a pattern with names given after
 * the list is shown fetches it, and `updateComplete` waits for it.
 */
describe('<news-feed> given a pattern date-format after it has loaded', () => {
  it('shows the pattern by the time its update is complete', async () => {
    const feed = await loadedFeed(
      `<news-feed lang="vi" src="${FIXTURES}/native-basic.json" time-zone="Asia/Ho_Chi_Minh" date-format="short"></news-feed>`,
    );
    const firstDate = () => feed.shadowRoot!.querySelector('[part~="date"]')!.textContent;
    expect(firstDate()).to.equal('21/08/2020');
    // Day names need date-fns' `format` and its locale, which this page has not downloaded yet.
    feed.dateFormat = "EEEE, 'ngày' dd/MM/yyyy | HH:mm";
    await feed.updateComplete;
    expect(firstDate()).to.equal('Thứ Sáu, ngày 21/08/2020 | 17:24');
  });
});
