import { expect } from '@open-wc/testing';
import { attachmentSize } from '../news-article/attachments.js';
import { loadedFeed, texts } from '../../test/feed-helpers.js';
import { formatViews } from './format-views.js';
import { messagesFor } from './messages.js';

describe('counts in words', () => {
  const views = (count: number, lang: string, style: 'full' | 'compact' = 'full') =>
    formatViews(count, lang, style, messagesFor(lang));

  it('writes compact Vietnamese counts as portals print them', () => {
    expect(views(311_000, 'vi', 'compact')).to.equal('311 nghìn lượt xem');
    expect(views(1_234_567, 'vi', 'compact')).to.equal('1,2 triệu lượt xem');
    expect(views(1_234, 'vi', 'compact')).to.equal('1,2 nghìn lượt xem');
    expect(views(999, 'vi', 'compact')).to.equal('999 lượt xem');
    expect(views(1_234, 'en', 'compact')).to.equal('1.2K views');
  });

  it('chooses the plural by the rules of the labels, English for languages without their own', () => {
    for (const lang of ['en', 'fr', 'pt-BR', 'de']) {
      expect(views(0, lang), lang).to.match(/^0 views$/);
      expect(views(1, lang), lang).to.match(/^1 view$/);
      expect(views(1.5, lang), lang).to.match(/^1[.,]5 views$/);
    }
    expect(views(1, 'vi')).to.equal('1 lượt xem');
  });

  it('spells out bytes: "615 bytes", "1 byte"; larger sizes stay short', () => {
    expect(attachmentSize(615, 'en')).to.equal('615 bytes');
    expect(attachmentSize(1, 'en')).to.equal('1 byte');
    expect(attachmentSize(615, 'vi')).to.equal('615 byte');
    expect(attachmentSize(1_572_864, 'vi')).to.equal('1,6 MB');
    expect(attachmentSize(1_572_864, 'en')).to.equal('1.6 MB');
  });

  it('shows "0 views" on a French page, and "99 nghìn" on a Vietnamese one', async () => {
    const fr = await loadedFeed(`<news-feed lang="fr" src="/test/fixtures/native-basic.json"></news-feed>`);
    expect(texts(fr, 'views')).to.include('0 views');
    const vi = await loadedFeed(
      `<news-feed lang="vi" views-format="compact" src="/test/fixtures/native-basic.json"></news-feed>`,
    );
    expect(texts(vi, 'views')).to.include('99 nghìn lượt xem');
  });
});
