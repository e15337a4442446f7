import { expect } from '@open-wc/testing';
import type { NewsItem } from '../sources/types.js';
import { categoriesOf, highlightPieces, inCategory, matching, searchWords } from './filter-items.js';
import { pageNumbers } from './page-numbers.js';

const items: NewsItem[] = [
  { id: '1', title: 'Quận uỷ tổ chức hội nghị', category: 'Tin tức - Sự kiện' },
  { id: '2', title: 'Đoàn thanh niên ra quân', category: 'Văn hoá - Xã hội', tags: ['Thanh niên'] },
  { id: '3', title: 'Thông báo lịch tiếp dân', summary: 'Quận ủy tiếp công dân', category: 'THÔNG BÁO' },
];

describe('filtering items', () => {
  it('finds Vietnamese text without case or diacritics, either accent placement, đ as d', () => {
    expect(matching(items, searchWords('quan uy')).map((item) => item.id)).to.deep.equal(['1', '3']);
    expect(matching(items, searchWords('doan')).map((item) => item.id)).to.deep.equal(['2']);
    expect(matching(items, searchWords('  HỘI   nghị ')).map((item) => item.id)).to.deep.equal(['1']);
    expect(matching(items, searchWords('khong co')).map((item) => item.id)).to.deep.equal([]);
    // A word matches where a word begins: "uy" is not the "uy" in "Huy".
    expect(matching([{ id: 'h', title: 'Huy hiệu Đảng' }], searchWords('uy'))).to.deep.equal([]);
    expect(matching([{ id: 'h', title: 'Huy hiệu Đảng' }], searchWords('hu'))).to.have.length(1);
  });

  it('filters by category or tag, case- and diacritic-insensitively', () => {
    expect(inCategory(items, 'thong bao').map((item) => item.id)).to.deep.equal(['3']);
    expect(inCategory(items, 'thanh nien').map((item) => item.id)).to.deep.equal(['2']);
    expect(inCategory(items, '').map((item) => item.id)).to.deep.equal(['1', '2', '3']);
  });

  it('lists the categories present once each', () => {
    expect(categoriesOf([...items, { id: '4', title: 'x', category: 'tin tuc - su kien' }])).to.deep.equal([
      'Tin tức - Sự kiện',
      'Văn hoá - Xã hội',
      'THÔNG BÁO',
    ]);
  });

  it('marks the matched letters in the original text', () => {
    const pieces = highlightPieces('Quận uỷ tổ chức', searchWords('quan uy'));
    expect(pieces.filter((piece) => piece.match).map((piece) => piece.text)).to.deep.equal(['Quận', 'uỷ']);
    expect(pieces.map((piece) => piece.text).join('')).to.equal('Quận uỷ tổ chức');
  });
});

describe('pageNumbers', () => {
  const cases: [number, number, (number | 'gap')[]][] = [
    [1, 1, [1]],
    [1, 5, [1, 2, 'gap', 5]],
    [1, 4, [1, 2, 3, 4]],
    [3, 5, [1, 2, 3, 4, 5]],
    [5, 10, [1, 'gap', 4, 5, 6, 'gap', 10]],
    [10, 10, [1, 'gap', 9, 10]],
    [2, 3, [1, 2, 3]],
  ];
  for (const [current, count, expected] of cases) {
    it(`page ${current} of ${count}`, () => expect(pageNumbers(current, count)).to.deep.equal(expected));
  }
});
