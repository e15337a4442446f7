import { expect } from '@open-wc/testing';
import { FIXTURES, loadedFeed, texts } from '../../../test/feed-helpers.js';
import { readDate } from './date-forms.js';

const HCM = 'Asia/Ho_Chi_Minh';

describe('dates with month or zone names', () => {
  it('are left to the named forms when those are not loaded, and text without letters is impossible at once', () => {
    expect(readDate('Fri, 21 Aug 2020 10:24:00 GMT', HCM, undefined)).to.equal(null);
    expect(readDate('Friday, August 21, 2020 10:24 GMT', HCM, undefined)).to.equal(null);
    expect(readDate('hôm qua', HCM, undefined)).to.equal(null);
    expect(readDate('21/08/2020 99', HCM, undefined)).to.deep.equal({ invalid: '"21/08/2020 99"' });
    expect(readDate('2020-02-30', HCM, undefined)).to.deep.equal({ invalid: '"2020-02-30"' });
  });

  it('in a source of our own JSON still show the right dates, and an impossible one still drops its item', async () => {
    const feed = await loadedFeed(
      `<news-feed lang="vi" time-zone="${HCM}" date-format="dd/MM/yyyy HH:mm"
        src="${FIXTURES}/native-rfc822.json"></news-feed>`,
    );
    expect(feed.items.map((item) => [item.id, item.publishedAt?.toISOString()])).to.deep.equal([
      ['r1', '2020-08-21T10:24:00.000Z'],
      ['r3', '2019-05-01T01:00:00.000Z'],
      ['r2', '2018-09-24T13:00:00.000Z'],
    ]);
    expect(feed.items[1].updatedAt?.toISOString()).to.equal('2019-05-01T03:00:00.000Z');
    expect(texts(feed, 'date')).to.deep.equal(['21/08/2020 17:24', '01/05/2019 08:00', '24/09/2018 20:00']);
  });
});
