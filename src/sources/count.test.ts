import { expect } from '@open-wc/testing';
import { readCount } from './count.js';

describe('readCount', () => {
  const table: [unknown, number | undefined][] = [
    [122, 122],
    [0, 0],
    // -0 is a plain 0: it showed as "-0 lượt xem".
    [-0, 0],
    [12.7, 12],
    [-1, undefined],
    [-0.5, undefined],
    [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    [1e300, undefined],
    [Infinity, undefined],
    [NaN, undefined],
    // Strings as CMSs in either language write them: a mark before exactly three digits groups thousands.
    ['122', 122],
    [' 42 ', 42],
    ['1.234', 1234],
    ['1,234', 1234],
    ['1.234.567', 1234567],
    ['1,234,567', 1234567],
    ['1 234', 1234],
    ['1\u00a0234', 1234],
    ['1\u202f234', 1234],
    ["1'234", 1234],
    // After groups, the other mark starts a fraction; a lone mark before other than three digits too.
    ['1.234,5', 1234],
    ['1,234.5', 1234],
    ['12,5', 12],
    ['12.5', 12],
    ['0,000', 0],
    ['-0', undefined],
    ['1.234.5', undefined],
    ['1,2,3', undefined],
    ['-5', undefined],
    ['1.2K', undefined],
    ['122 lượt xem', undefined],
    ['Infinity', undefined],
    ['1e3', undefined],
    ['0x10', undefined],
    ['', undefined],
    [true, undefined],
    [null, undefined],
    [[3], undefined],
    [{ count: 3 }, undefined],
  ];
  for (const [value, count] of table) {
    it(`reads ${JSON.stringify(value) ?? String(value)} as ${String(count)}`, () => {
      const read = readCount(value);
      expect(Object.is(read, -0)).to.equal(false);
      expect(read).to.equal(count);
    });
  }
});
