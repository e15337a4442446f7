import { expect } from '@open-wc/testing';
import { NewsError } from '../errors.js';
import { decodeBody } from './decode/decode.js';
import { adaptXml } from './rss.js';

const HCM = 'Asia/Ho_Chi_Minh';
const load = async (name: string) => (await fetch(`/test/fixtures/sources/${name}`)).text();

describe('adaptXml', () => {
  it('reads RSS 2.0 with CDATA, content:encoded, enclosures, categories and creators', async () => {
    const page = await adaptXml(await load('rss2.xml'), {
      baseUrl: 'https://phuong.example.vn/rss',
      timeZone: HCM,
    });
    expect(page.title).to.equal('Phường Bến Nghé - Tin tức');
    const [first, second, third] = page.items;
    expect(first.title).to.equal('Họp dân & lấy ý kiến khu phố 3');
    expect(first.id).to.equal('tin-101');
    expect(first.url).to.equal('https://phuong.example.vn/tin-tuc/hop-dan');
    expect(first.summary).to.equal('UBND phường tổ chức họp dân.');
    expect(first.contentHtml).to.equal('<p>Nội dung <strong>đầy đủ</strong>.</p>');
    expect(first.image?.src).to.equal('https://phuong.example.vn/uploads/hop-dan.jpg');
    expect(first.attachments).to.deep.equal([
      { url: 'https://phuong.example.vn/uploads/bien-ban.pdf', type: 'application/pdf', size: 999 },
    ]);
    expect(first.category).to.equal('Tin tức - Sự kiện');
    expect(first.tags).to.deep.equal(['Đô thị']);
    expect(first.authors).to.deep.equal(['Ban biên tập']);
    expect(page.items.map((item) => item.publishedAt?.toISOString())).to.deep.equal([
      '2020-08-21T10:24:00.000Z',
      '2020-08-21T03:00:00.000Z',
      '2020-08-21T10:24:00.000Z',
    ]);
    expect(second.id).to.equal('https://phuong.example.vn/tin-tuc/tiep-dan');
    expect(second.summary).to.equal('Xem lịch chi tiết');
    expect(second.image?.src).to.equal('https://phuong.example.vn/uploads/lich.png');
    expect(second.authors).to.deep.equal(['Nguyễn Văn A']);
    expect(third.image?.src).to.equal('https://cdn.example.vn/thumb.jpg');
  });

  it('reads RSS 1.0 (RDF) with dc:date, dc:creator and dc:subject', async () => {
    const page = await adaptXml(await load('rdf.xml'), { baseUrl: 'https://xa.example.vn/rss' });
    expect(page.title).to.equal('Xã An Phú');
    expect(page.items).to.have.length(1);
    const [item] = page.items;
    expect(item.title).to.equal('Ra quân vệ sinh môi trường');
    expect(item.url).to.equal('https://xa.example.vn/tin/1');
    expect(item.publishedAt?.toISOString()).to.equal('2020-08-21T10:24:00.000Z');
    expect(item.authors).to.deep.equal(['Đoàn xã']);
    expect(item.category).to.equal('Đoàn thể');
  });

  it('reads Atom, resolving relative links against the feed URL', async () => {
    const page = await adaptXml(await load('atom.xml'), {
      baseUrl: 'https://quan1.example.vn/feeds/atom.xml',
    });
    expect(page.title).to.equal('Quận 1 - Thông báo');
    expect(page.next).to.equal('https://quan1.example.vn/feeds/atom.xml?page=2');
    const [first, second] = page.items;
    expect(first.title).to.equal('Lịch tiêm chủng – đợt 2');
    expect(first.id).to.equal('urn:uuid:tin-7');
    expect(first.url).to.equal('https://quan1.example.vn/tin/7');
    expect(first.summary).to.equal('Đợt 2 bắt đầu.');
    expect(first.contentHtml).to.equal('<p>Chi tiết</p>');
    expect(first.publishedAt?.toISOString()).to.equal('2020-08-21T10:24:00.000Z');
    expect(first.updatedAt?.toISOString()).to.equal('2020-08-22T01:00:00.000Z');
    expect(first.authors).to.deep.equal(['Trạm y tế']);
    expect(first.category).to.equal('Y tế');
    expect(first.image?.src).to.equal('https://quan1.example.vn/feeds/thumbs/7.jpg');
    expect(second.url).to.equal('https://quan1.example.vn/tin/8');
    expect(second.publishedAt?.toISOString()).to.equal('2020-08-20T08:00:00.000Z');
    expect(second.contentHtml).to.contain('<b>nội dung</b>');
  });

  it('honours xml:base', async () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://cdn.example.vn/a/">
      <entry><title>X</title><link href="tin/1"/></entry></feed>`;
    expect((await adaptXml(xml, { baseUrl: 'https://other.example/feed' })).items[0].url).to.equal(
      'https://cdn.example.vn/a/tin/1',
    );
  });

  it('reads RSS 2.0 in the Userland namespace, from windows-1251 bytes', async () => {
    const bytes = await (await fetch('/test/fixtures/sources/rss-userland-1251.xml')).arrayBuffer();
    const page = await adaptXml(decodeBody(bytes, 'application/rss+xml'), {
      baseUrl: 'https://presnya.example.ru/rss',
    });
    expect(page.title).to.equal('Район Пресненский — новости');
    expect(
      page.items.map((item) => [item.id, item.title, item.url, item.publishedAt?.toISOString()]),
    ).to.deep.equal([
      [
        'presnya-1',
        'Новости района: собрание жителей',
        'https://presnya.example.ru/news/1',
        '2020-08-21T07:24:00.000Z',
      ],
      [
        'presnya-2',
        'Отключение воды 22 августа',
        'https://presnya.example.ru/news/2',
        '2020-08-20T06:00:00.000Z',
      ],
      [
        'presnya-3',
        'Приём граждан в сентябре',
        'https://presnya.example.ru/news/3',
        '2020-08-19T12:30:00.000Z',
      ],
    ]);
    expect(page.items.map((item) => [item.summary, item.category])).to.deep.equal([
      ['Жители обсудили благоустройство двора.', 'Район'],
      ['Плановые работы на водопроводе.', 'Район'],
      ['График приёма депутатов.', 'Район'],
    ]);
  });

  it('reads RSS in whatever default namespace its <rss> root declares', async () => {
    const xml = `<rss version="2.0" xmlns="urn:x-cms:rss"><channel><title>Kênh</title>
      <item><title>Tin một</title><link>https://a.example/1</link></item></channel></rss>`;
    const page = await adaptXml(xml, { baseUrl: 'https://a.example/rss' });
    expect([page.title, page.items.map((item) => item.title)]).to.deep.equal(['Kênh', ['Tin một']]);
  });

  it('reads Atom 0.3: issued, created and modified, escaped and inline content, MIME-typed text', async () => {
    const page = await adaptXml(await load('atom-03.xml'), { baseUrl: 'https://dakao.example.vn/atom' });
    expect(page.title).to.equal('Phường Đa Kao & tin tức');
    expect(
      page.items.map((item) => [
        item.id,
        item.title,
        item.url,
        item.publishedAt?.toISOString(),
        item.updatedAt?.toISOString(),
      ]),
    ).to.deep.equal([
      [
        'tag:dakao.example.vn,2020:hop-dan',
        'Họp dân khu phố 2',
        'https://dakao.example.vn/tin/hop-dan',
        '2020-08-21T10:24:00.000Z',
        '2020-08-22T01:00:00.000Z',
      ],
      [
        'tag:dakao.example.vn,2020:tiep-dan',
        'Lịch tiếp dân tháng 9',
        'https://dakao.example.vn/tin/tiep-dan',
        '2020-08-19T01:00:00.000Z',
        undefined,
      ],
      [
        'tag:dakao.example.vn,2020:mat-dien',
        'Thông báo mất điện',
        'https://dakao.example.vn/tin/mat-dien',
        '2020-08-18T07:00:00.000Z',
        '2020-08-18T07:00:00.000Z',
      ],
    ]);
    const [first, second, third] = page.items;
    expect(first.summary).to.equal('Lấy ý kiến về chỉnh trang đô thị.');
    expect(first.contentHtml).to.equal(
      '<p>Nội dung <strong>đầy đủ</strong>.</p><img src="/anh/hop-dan.jpg">',
    );
    expect(first.image?.src).to.equal('https://dakao.example.vn/anh/hop-dan.jpg');
    expect(first.authors).to.deep.equal(['Ban biên tập']);
    expect(second.contentHtml).to.match(/^<p[^>]*>Thứ Năm hằng tuần\.<\/p>$/);
    // Base64 content is not text to show (no news feed writes it; it would show as gibberish).
    expect([third.contentHtml, third.summary]).to.deep.equal([undefined, undefined]);
  });

  it('reports malformed XML as a parse error with its position', async () => {
    let error: unknown;
    try {
      await adaptXml(await load('broken.xml'), { baseUrl: 'https://x.example/' });
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(NewsError);
    expect((error as NewsError).kind).to.equal('parse');
    const { message } = error as NewsError;
    // Each engine words the reason its own way (tag mismatch, unexpected closing tag).
    expect(message).to.match(/line 5, column \d+: .*(mismatch|closing tag)/i);
    // Only what concerns the source: not the host page's URL, nor Firefox's caret art.
    expect(message).not.to.contain(location.host);
    expect(message).not.to.match(/-\^|\n/);
  });

  const formatErrors: [string, string, RegExp][] = [
    ['an HTML page', '<!DOCTYPE html><html><body><p>x</body></html>', /HTML page/],
    ['an XHTML page', '<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>', /HTML page/],
    ['another XML root', '<?xml version="1.0"?><urlset><url/></urlset>', /<urlset> in no namespace\.$/],
    // It names what it saw, the namespace too: a <feed> that is no Atom is not "Atom (<feed>)".
    [
      'a feed of another namespace',
      '<feed xmlns="http://example.org/not-atom"><entry/></feed>',
      /Atom \(<feed> in the Atom 1\.0 or 0\.3 namespace, or in none\); the XML root element is <feed> in the namespace "http:\/\/example\.org\/not-atom"\.$/,
    ],
    [
      'a prefixed root',
      '<s:urlset xmlns:s="http://www.sitemaps.org/schemas/sitemap/0.9"/>',
      /<s:urlset> in the namespace "http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9"\.$/,
    ],
  ];
  for (const [name, xml, message] of formatErrors) {
    it(`reports ${name} as a format error`, async () => {
      try {
        await adaptXml(xml, { baseUrl: 'https://x.example/' });
        expect.fail('no error');
      } catch (error) {
        expect((error as NewsError).kind).to.equal('format');
        expect((error as NewsError).message).to.match(message);
      }
    });
  }
});
