import { expect } from '@open-wc/testing';
import { NewsError } from '../errors.js';
import type { ParsedSource } from '../sources/detect.js';
import { appendPage } from './append-page.js';
import { mergePages } from './merge-pages.js';

const page = (title: string | undefined, ids: [string, string?][]): ParsedSource => ({
  format: 'native',
  title,
  items: ids.map(([id, url]) => ({ id, title: `Tin ${id}`, ...(url ? { url } : {}) })),
  dropped: [],
});

describe('mergePages', () => {
  it('keeps one copy of an item shared by id or URL and names each item’s source', () => {
    const merged = mergePages([
      { url: 'https://phuong-a.example.vn/tin.json', page: page('Phường A', [['1', 'https://x/1'], ['2']]) },
      {
        url: 'https://xa-b.example.vn/tin.json',
        page: page(undefined, [['1'], ['3', 'https://x/1'], ['4']]),
      },
    ]);
    expect(merged.items.map((item) => [item.id, item.source])).to.deep.equal([
      ['1', 'Phường A'],
      ['2', 'Phường A'],
      ['4', 'xa-b.example.vn'],
    ]);
    expect(merged.total).to.equal(3);
    expect(merged.failures).to.deep.equal([]);
  });

  it('keeps stories apart that share an id but not a URL, in one source or across sources and pages', () => {
    const merged = mergePages([
      { url: 'https://phuong-a.example.vn/tin.json', page: page('Phường A', [['1', 'https://a/1'], ['2']]) },
      {
        url: 'https://xa-b.example.vn/tin.json',
        page: {
          ...page('Xã B', [
            ['1', 'https://b/1'],
            ['2', 'https://b/2'],
          ]),
          repeatedIds: ['1'],
        },
      },
    ]);
    expect(merged.items.map((item) => [item.id, item.url])).to.deep.equal([
      ['1', 'https://a/1'],
      ['2', undefined],
      ['1', 'https://b/1'],
    ]);
    expect(merged.repeatedIds).to.deep.equal(['1']);
    const more = mergePages([{ url: 'https://a/2', page: page(undefined, [['1', 'https://c/1'], ['2']]) }]);
    expect(appendPage(merged, more).items.map((item) => [item.id, item.url])).to.deep.equal([
      ['1', 'https://a/1'],
      ['2', undefined],
      ['1', 'https://b/1'],
      ['1', 'https://c/1'],
    ]);
  });

  it('reports a failed source and keeps the others', () => {
    const failure = new NewsError('http', 'down', { status: 503 });
    const merged = mergePages([
      { url: 'https://a.example/x.json', error: failure },
      { url: 'https://b.example/x.json', page: page('B', [['9']]) },
    ]);
    expect(merged.items.map((item) => item.id)).to.deep.equal(['9']);
    expect(merged.failures).to.deep.equal([failure]);
  });

  it('says which format each answering source was read as', () => {
    const merged = mergePages([{ url: 'https://a/1', page: { ...page('A', [['1']]), format: 'jsonfeed' } }]);
    expect(merged.formats).to.deep.equal(['jsonfeed']);
  });

  it('leaves a single source as it is, paging included', () => {
    const single = { ...page('Tin tức', [['1']]), next: 'https://a/2', total: 40 };
    const merged = mergePages([{ url: 'https://a/1', page: single }]);
    expect(merged.items[0].source).to.equal(undefined);
    expect([merged.title, merged.next, merged.total]).to.deep.equal(['Tin tức', 'https://a/2', 40]);
  });
});
