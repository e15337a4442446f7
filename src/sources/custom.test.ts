import { expect } from '@open-wc/testing';
import { adaptCustom } from './custom.js';
import { readPath } from './field-path.js';

const FIELDS = {
  items: 'data.danhSach',
  id: 'ma',
  title: 'tieuDe',
  url: 'duongDan',
  summary: 'tomTat',
  content: 'noiDung',
  image: 'anhDaiDien.duongDan',
  date: 'ngayDang',
  views: 'luotXem',
  category: 'chuyenMuc',
  authors: 'tacGia',
  tags: 'the[].ten',
  next: 'data.trangSau',
  total: 'data.tongSo',
};

describe('readPath', () => {
  const doc = { a: { b: [{ c: 1 }, { c: 2, d: [{ e: 'x' }, { e: 'y' }] }] }, list: [5, 6] };
  const table: [string, unknown][] = [
    ['a.b[0].c', 1],
    ['a.b.1.c', 2],
    ['a.b[].c', [1, 2]],
    ['a.b[].d[].e', ['x', 'y']],
    ['list[1]', 6],
    ['list.1', 6],
    ['a.missing.c', undefined],
    ['list[9]', undefined],
    ['', doc],
    ['$', doc],
  ];
  for (const [path, expected] of table) {
    it(`reads "${path}"`, () => expect(readPath(doc, path)).to.deep.equal(expected));
  }

  it('reads child elements and attributes of XML', () => {
    const xml = new DOMParser().parseFromString(
      '<item><stats views="12"/><tag>a</tag><tag>b</tag></item>',
      'application/xml',
    ).documentElement;
    expect(readPath(xml, 'stats.@views')).to.equal('12');
    expect(readPath(xml, 'tag[]')).to.deep.equal(['a', 'b']);
    expect(readPath(xml, 'tag')).to.equal('a');
  });
});

describe('adaptCustom', () => {
  it('maps any JSON through fields', async () => {
    const payload = await (await fetch('/test/fixtures/sources/custom.json')).json();
    const page = await adaptCustom(payload, {
      baseUrl: 'https://phuong.example.vn/api/tin',
      timeZone: 'Asia/Ho_Chi_Minh',
      fields: FIELDS,
    });
    expect(page.next).to.equal('https://phuong.example.vn/api/tin?trang=2');
    expect(page.total).to.equal(42);
    expect(page.items).to.deep.equal([
      {
        id: '7',
        title: 'Tin tức - Sự kiện: Hội nghị',
        url: 'https://phuong.example.vn/tin/7',
        summary: 'Tóm tắt hội nghị',
        contentHtml: '<p>Nội dung</p>',
        image: { src: 'https://phuong.example.vn/anh/7.jpg' },
        publishedAt: new Date('2020-08-21T10:24:00Z'),
        views: 1234,
        category: 'Tin tức - Sự kiện',
        tags: ['Hội nghị', 'Phường'],
        authors: ['Ban biên tập'],
      },
    ]);
  });

  it('uses native names for unmapped fields and a top-level array', async () => {
    const page = await adaptCustom([{ title: 'A', views: 3 }], { baseUrl: 'https://x.example/', fields: {} });
    expect(page.items[0]).to.include({ title: 'A', views: 3 });
  });

  it('names the path when it finds no list', async () => {
    const error = await adaptCustom(
      { data: {} },
      { baseUrl: 'https://x.example/', fields: { items: 'data.list' } },
    ).catch((caught: unknown) => caught);
    expect(String(error)).to.match(/"data.list"; found nothing/);
  });
});
