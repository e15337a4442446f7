import { expect } from '@open-wc/testing';
import { adaptNative } from './native.js';
import type { NewsPage } from './types.js';

const BASE = 'https://phuong.example.vn/api/tin.json';
const adapt = (items: unknown[]): Promise<NewsPage> =>
  adaptNative({ items }, { baseUrl: BASE, timeZone: 'UTC' });
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

describe('values nobody meant, read by every adapter alike', () => {
  describe('view counts', () => {
    const table: [unknown, number | undefined][] = [
      [-0, 0],
      [-3, undefined],
      [12.9, 12],
      [1e300, undefined],
      ['1.234', 1234],
      ['1,234', 1234],
      ['1.234,5', 1234],
      ['lots', undefined],
      [null, undefined],
    ];
    for (const [views, read] of table) {
      it(`reads views ${JSON.stringify(views)} as ${String(read)}`, async () => {
        const [item] = (await adapt([{ id: 'a', title: 'Tin', views }])).items;
        expect(Object.is(item.views, -0)).to.equal(false);
        expect(item.views).to.equal(read);
      });
    }
  });

  describe('titles', () => {
    // [title, summary, the title shown (undefined: the item is dropped)]
    const table: [unknown, string | undefined, string | undefined][] = [
      ['\u200b\u200c\u200d', 'Tóm tắt bản tin', 'Tóm tắt bản tin'],
      ['\u00ad\u00ad', 'Tóm tắt bản tin', 'Tóm tắt bản tin'],
      ['\u3164\u115f\u1160\uffa0', 'Tóm tắt bản tin', 'Tóm tắt bản tin'],
      ['\u2800\u2800', 'Tóm tắt bản tin', 'Tóm tắt bản tin'],
      ['\ufeff\u2060\u180e', 'Tóm tắt bản tin', 'Tóm tắt bản tin'],
      ['\u202e\u200f\u061c', 'Tóm tắt bản tin', 'Tóm tắt bản tin'],
      [' \u00a0\u2003\u3000\n', 'Tóm tắt bản tin', 'Tóm tắt bản tin'],
      ['\ufe0f\u034f', undefined, undefined],
      ['\u200b', '\u200b\u00ad', undefined],
      [2025, undefined, '2025'],
      [0, undefined, '0'],
      ['Tin\u200b', undefined, 'Tin\u200b'],
      ['👨‍👩‍👧', undefined, '👨‍👩‍👧'],
    ];
    for (const [title, summary, shown] of table) {
      it(`shows title ${JSON.stringify(title)} as ${JSON.stringify(shown) ?? 'nothing: dropped'}`, async () => {
        const page = await adapt([{ id: 'a', title, summary }]);
        expect(page.items.map((item) => item.title)).to.deep.equal(shown === undefined ? [] : [shown]);
        expect(page.dropped.map((drop) => drop.reason)).to.deep.equal(
          shown === undefined ? ['it has no title and no text'] : [],
        );
      });
    }

    it('takes a category, tag or author of invisible characters as none', async () => {
      const [item] = (await adapt([{ id: 'a', title: 'Tin', category: '\u200b', tags: ['\u00ad', 'Xã'] }]))
        .items;
      expect([item.category, item.tags]).to.deep.equal([undefined, ['Xã']]);
    });
  });

  describe('images', () => {
    const table: [string, string | undefined][] = [
      [PNG, PNG],
      ['data:image/jpeg;base64,/9j/4AAQSkZJRg==', 'data:image/jpeg;base64,/9j/4AAQSkZJRg=='],
      ['data:image/webp;base64,UklGRg==', 'data:image/webp;base64,UklGRg=='],
      ['data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=', undefined],
      ['data:text/html;base64,PHNjcmlwdD4=', undefined],
      ['javascript:alert(1)', undefined],
      ['mailto:ubnd@example.vn', undefined],
      ['/anh/hoi-nghi.jpg', 'https://phuong.example.vn/anh/hoi-nghi.jpg'],
    ];
    for (const [src, kept] of table) {
      it(`${kept ? 'keeps' : 'drops'} the image ${src.slice(0, 30)}`, async () => {
        const [item] = (await adapt([{ id: 'a', title: 'Tin', image: { src } }])).items;
        expect(item.image?.src).to.equal(kept);
      });
    }
  });

  describe('ids', () => {
    it('keeps stories that share an id but not a URL apart, and says which ids repeat', async () => {
      const page = await adapt([
        { id: 7, title: 'Họp tổ dân phố', url: '/tin/hop-to-dan-pho' },
        { id: 7, title: 'Tiêm chủng đợt 2', url: '/tin/tiem-chung' },
        { id: '7', title: 'Thông báo mất điện', url: '/tin/mat-dien' },
        { id: 8, title: 'Lịch tiếp dân' },
      ]);
      expect(page.items.map((item) => [item.id, item.title])).to.deep.equal([
        ['7', 'Họp tổ dân phố'],
        ['7', 'Tiêm chủng đợt 2'],
        ['7', 'Thông báo mất điện'],
        ['8', 'Lịch tiếp dân'],
      ]);
      expect(page.repeatedIds).to.deep.equal(['7']);
      expect(page.dropped).to.deep.equal([]);
    });

    it('leaves out a repeat of a story (the same URL, or the same id where a URL cannot tell), saying so', async () => {
      const page = await adapt([
        { id: 1, title: 'Họp tổ dân phố', url: '/tin/1' },
        { id: 2, title: 'Họp tổ dân phố (cập nhật)', url: '/tin/1' },
        { id: 3, title: 'Lịch tiếp dân' },
        { id: 3, title: 'Lịch tiếp dân tháng 9' },
        { id: 3, title: 'Lịch tiếp dân', url: '/tin/3' },
      ]);
      expect(page.items.map((item) => item.title)).to.deep.equal(['Họp tổ dân phố', 'Lịch tiếp dân']);
      expect(page.dropped.map((drop) => [drop.index, drop.reason])).to.deep.equal([
        [1, 'it repeats item #1'],
        [3, 'it repeats item #3'],
        [4, 'it repeats item #3'],
      ]);
      expect(page.repeatedIds).to.equal(undefined);
    });
  });
});
