import { expect } from '@open-wc/testing';
import { formatStamp } from './failure-text.js';

const at = new Date('2020-08-21T10:24:00Z');

describe('formatStamp', () => {
  it('writes "17:24, 21/08" in Vietnamese and the English short form in English', () => {
    expect(formatStamp(at, 'vi', 'Asia/Ho_Chi_Minh')).to.equal('17:24, 21/08');
    // The space before PM depends on the browser's ICU version.
    const time = new Intl.DateTimeFormat('en', { timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' }).format(
      at,
    );
    expect(formatStamp(at, 'en', 'Asia/Ho_Chi_Minh')).to.equal(`${time}, Aug 21`);
  });
});
