import { expect } from '@open-wc/testing';
import { applyFieldOverrides } from './fields.js';
import { adaptWordPress, wordPressPaging } from './wordpress.js';

const BASE = 'https://phuong.example.vn/wp-json/wp/v2/posts?_embed';
const HCM = 'Asia/Ho_Chi_Minh';

async function fixture(): Promise<unknown> {
  return (await fetch('/test/fixtures/sources/wp-posts.json')).json();
}

describe('adaptWordPress', () => {
  it('decodes entities in titles and reads the excerpt as plain text', async () => {
    const { items } = await adaptWordPress(await fixture(), { baseUrl: BASE, timeZone: HCM });
    expect(items.map((item) => item.title)).to.deep.equal([
      'Họp dân khu phố 3 – “Chỉnh trang đô thị”',
      'Tiêm chủng mở rộng',
    ]);
    expect(items.map((item) => item.summary)).to.deep.equal([
      'UBND phường tổ chức họp dân & lấy ý kiến…',
      'Lịch tiêm chủng tháng 8…',
    ]);
    expect(items[0].contentHtml).to.contain('<strong>đầy đủ</strong>');
  });

  it('reads date_gmt as UTC and falls back to date in the time zone', async () => {
    const { items } = await adaptWordPress(await fixture(), { baseUrl: BASE, timeZone: 'America/New_York' });
    expect(items[0].publishedAt?.toISOString()).to.equal('2020-08-21T10:24:00.000Z');
    expect(items[0].updatedAt?.toISOString()).to.equal('2020-08-22T01:00:00.000Z');
    const inHcm = (await adaptWordPress(await fixture(), { baseUrl: BASE, timeZone: HCM })).items;
    expect(inHcm[1].publishedAt?.toISOString()).to.equal('2020-08-20T01:00:00.000Z');
  });

  it('takes id, link, featured media, category, tags and authors from _embedded', async () => {
    const [first, second] = (await adaptWordPress(await fixture(), { baseUrl: BASE, timeZone: HCM })).items;
    expect(first.id).to.equal('101');
    expect(first.url).to.equal('https://phuong.example.vn/tin-tuc/hop-dan/');
    expect(first.image).to.deep.equal({
      src: 'https://phuong.example.vn/wp-content/uploads/2020/08/hop-dan.jpg',
      alt: 'Người dân dự họp',
      caption: 'Ảnh: Ban biên tập',
      width: 1200,
      height: 800,
    });
    expect(first.category).to.equal('Tin tức – Sự kiện');
    expect(first.tags).to.deep.equal(['Đô thị', 'Họp dân']);
    expect(first.authors).to.deep.equal(['Ban biên tập']);
    expect(second.image).to.equal(undefined);
  });

  it('accepts a single post', async () => {
    const [post] = (await fixture()) as unknown[];
    expect((await adaptWordPress(post, { baseUrl: BASE })).items).to.have.length(1);
  });

  it('applies fields overrides to the raw post', async () => {
    const { items } = await adaptWordPress(await fixture(), {
      baseUrl: BASE,
      timeZone: HCM,
      fields: { views: '_stats.luotXem' },
      // What the pipeline hands every adapter of a source with `fields` (data/read-source.ts).
      readers: { overrideFields: applyFieldOverrides },
    });
    expect(items.map((item) => item.views)).to.deep.equal([undefined, 1234]);
  });

  it('rejects a payload that is not posts', async () => {
    const error = await adaptWordPress('x', { baseUrl: BASE }).catch((caught: unknown) => caught);
    expect(String(error)).to.match(/array of posts/);
  });

  it('pages by the X-WP-Total and X-WP-TotalPages headers it was sent with', async () => {
    const headers = { 'x-wp-total': '26', 'x-wp-totalpages': '3' };
    const first = await adaptWordPress(await fixture(), { baseUrl: BASE, headers });
    expect([first.total, first.next]).to.deep.equal([26, `${BASE}=&page=2`]);
    const last = await adaptWordPress(await fixture(), { baseUrl: `${BASE}&page=3`, headers });
    expect([last.total, last.next]).to.deep.equal([26, undefined]);
    const bare = await adaptWordPress(await fixture(), { baseUrl: BASE });
    expect([bare.total, bare.next]).to.deep.equal([undefined, undefined]);
  });

  const paging: [string | null, string | null, object][] = [
    ['42', '5', { total: 42, totalPages: 5 }],
    [null, null, {}],
    ['abc', '2', { totalPages: 2 }],
  ];
  for (const [total, pages, expected] of paging) {
    it(`reads paging headers ${total}/${pages}`, () =>
      expect(wordPressPaging(total, pages)).to.deep.equal(expected));
  }
});
