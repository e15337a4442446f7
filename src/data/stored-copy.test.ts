import { expect } from '@open-wc/testing';
import { readStoredCopy, writeStoredCopy } from './stored-copy.js';

const copy = (text: string, savedAt: number) => ({
  text,
  contentType: 'application/json',
  url: 'https://x/',
  headers: { 'x-wp-totalpages': '6' },
  savedAt,
});

describe('stored copies', () => {
  beforeEach(() => localStorage.clear());

  it('round-trips a copy and ignores one that is not ours or not whole', () => {
    writeStoredCopy('https://a/', copy('{"items":[]}', 5));
    expect(readStoredCopy('https://a/')?.savedAt).to.equal(5);
    expect(readStoredCopy('https://a/')?.headers).to.deep.equal({ 'x-wp-totalpages': '6' });
    localStorage.setItem('news-elements:v1:https://b/', '{"text": 1}');
    expect(readStoredCopy('https://b/')).to.equal(undefined);
  });

  it('keeps nothing too large for a fair share of the origin’s storage', () => {
    writeStoredCopy('https://big/', copy('x'.repeat(500_000), 1));
    expect(readStoredCopy('https://big/')).to.equal(undefined);
  });

  it('makes room by dropping its own oldest copies when the quota is reached, and leaves others’ keys', async () => {
    localStorage.setItem('someone-else', 'keep me');
    for (const [url, savedAt] of [
      ['https://old/', 1],
      ['https://older/', 0],
      ['https://new/', 9],
    ] as const) {
      writeStoredCopy(url, copy('{}', savedAt));
    }
    const { setItem } = Storage.prototype;
    let calls = 0;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if (calls++ === 0) throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
    let written;
    try {
      written = writeStoredCopy('https://fresh/', copy('{}', 10));
    } finally {
      Storage.prototype.setItem = setItem;
    }
    // Making room is code of its own, downloaded when the storage is first full.
    await written;
    expect(readStoredCopy('https://fresh/')?.savedAt).to.equal(10);
    expect(readStoredCopy('https://older/')).to.equal(undefined);
    expect(readStoredCopy('https://old/')).to.equal(undefined);
    expect(readStoredCopy('https://new/')).to.equal(undefined);
    expect(localStorage.getItem('someone-else')).to.equal('keep me');
  });
});
