import { expect } from '@open-wc/testing';
import { readSourceDate } from './read-date.js';

const HCM = 'Asia/Ho_Chi_Minh';

describe('readSourceDate', () => {
  const readable: [unknown, string | undefined, string, boolean][] = [
    ['2020-08-21T17:24:00+07:00', HCM, '2020-08-21T10:24:00.000Z', false],
    ['2020-08-21T10:24:00Z', undefined, '2020-08-21T10:24:00.000Z', false],
    ['2020-08-21T17:24:00', HCM, '2020-08-21T10:24:00.000Z', false],
    ['2020-08-21 17:24', 'UTC', '2020-08-21T17:24:00.000Z', false],
    ['2020-08-21', HCM, '2020-08-20T17:00:00.000Z', true],
    ['21/08/2020 17:24', HCM, '2020-08-21T10:24:00.000Z', false],
    ['21/08/2020 | 17:24', HCM, '2020-08-21T10:24:00.000Z', false],
    ['21-08-2020, 17:24', HCM, '2020-08-21T10:24:00.000Z', false],
    ['21/08/2020', HCM, '2020-08-20T17:00:00.000Z', true],
    ['1/8/2020 7:05', HCM, '2020-08-01T00:05:00.000Z', false],
    ['17:24 21/08/2020', HCM, '2020-08-21T10:24:00.000Z', false],
    [1598005440, undefined, '2020-08-21T10:24:00.000Z', false],
    [1598005440000, undefined, '2020-08-21T10:24:00.000Z', false],
    ['1598005440', undefined, '2020-08-21T10:24:00.000Z', false],
    ['Fri, 21 Aug 2020 10:24:00 GMT', undefined, '2020-08-21T10:24:00.000Z', false],
    ['Fri, 21 Aug 2020 17:24:00 +0700', undefined, '2020-08-21T10:24:00.000Z', false],
    // An offset-less time takes the offset in force on its own day (EST after the autumn change), not today's.
    ['2020-11-01T12:00:00', 'America/New_York', '2020-11-01T17:00:00.000Z', false],
  ];
  for (const [value, zone, iso, dateOnly] of readable) {
    it(`reads ${JSON.stringify(value)} in ${zone ?? 'the visitor zone'}`, () => {
      const reading = readSourceDate(value, zone);
      expect(reading && 'date' in reading ? reading.date.toISOString() : reading).to.equal(iso);
      expect(reading && 'date' in reading && reading.dateOnly).to.equal(dateOnly);
    });
  }

  for (const impossible of [
    '32/13/2020 | 25:61',
    '2020-02-30',
    '31/04/2021',
    '21/08/2020 24:00',
    'hôm qua',
    { at: 1 },
  ]) {
    it(`calls ${JSON.stringify(impossible)} impossible`, () => {
      const reading = readSourceDate(impossible, HCM);
      expect(reading && 'invalid' in reading).to.equal(true);
    });
  }

  for (const absent of [undefined, null, '', '   ']) {
    it(`treats ${JSON.stringify(absent)} as absent`, () =>
      expect(readSourceDate(absent, HCM)).to.equal(undefined));
  }
});
