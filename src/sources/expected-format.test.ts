import { expect } from '@open-wc/testing';
import { expectedFormat } from './parse-source.js';

/**
 * The format a source's settings or address tell before it answers (the pipeline downloads that adapter
 * beside the request). Only what the address makes near certain counts; anything else waits for the answer.
 */
describe('expectedFormat', () => {
  const table: [string, string, string | undefined][] = [
    ['https://phuong.vn/wp-json/wp/v2/posts', 'auto', 'wordpress'],
    ['https://phuong.vn/?rest_route=/wp/v2/posts&per_page=5', 'auto', 'wordpress'],
    ['https://phuong.vn/tin-tuc.rss', 'auto', 'rss'],
    ['https://phuong.vn/feeds/atom.xml?v=2', 'auto', 'rss'],
    ['https://phuong.vn/TIN.ATOM#top', 'auto', 'rss'],
    ['https://phuong.vn/?feed=rss2', 'auto', 'rss'],
    // Ours and JSON Feed share names; a path that only mentions a format is no address of it.
    ['https://phuong.vn/feed.json', 'auto', undefined],
    ['https://phuong.vn/tin-tuc.json', 'auto', undefined],
    ['https://phuong.vn/xml-tin-tuc/', 'auto', undefined],
    ['https://phuong.vn/api/wp-jsonish/posts', 'auto', undefined],
    // The settings win over the address.
    ['https://phuong.vn/wp-json/wp/v2/posts', 'native', 'native'],
    ['https://phuong.vn/tin.json', 'jsonfeed', 'jsonfeed'],
  ];
  for (const [url, format, expected] of table) {
    it(`${url} with format="${format}": ${String(expected)}`, () => {
      expect(expectedFormat(url, format as 'auto')).to.equal(expected);
    });
  }
});
