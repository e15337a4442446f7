import { expect } from '@open-wc/testing';
import { NewsError } from '../errors.js';
import { parseSource } from '../data/read-source.js';
import { detectFormat } from './detect.js';

const load = async (name: string) => (await fetch(`/test/fixtures/sources/${name}`)).text();
const BASE = 'https://phuong.example.vn/nguon';

async function errorOf(run: () => Promise<unknown>): Promise<NewsError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof NewsError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('parseSource', () => {
  const detected: [string, string, string, number][] = [
    ['wp-posts.json', 'application/json; charset=UTF-8', 'wordpress', 2],
    ['rss2.xml', 'application/rss+xml', 'rss', 3],
    ['rss2.xml', 'text/plain', 'rss', 3],
    ['rdf.xml', 'application/rdf+xml', 'rss', 1],
    ['atom.xml', 'application/atom+xml', 'rss', 2],
    ['jsonfeed-stats.json', 'application/feed+json', 'jsonfeed', 1],
  ];
  for (const [file, type, format, count] of detected) {
    it(`detects ${file} served as ${type} as ${format}, with its ${count} items`, async () => {
      const parsed = await parseSource(await load(file), type, 'auto', { baseUrl: BASE });
      expect(parsed.format).to.equal(format);
      expect(parsed.items.length).to.equal(count);
      expect(parsed.dropped).to.deep.equal([]);
    });
  }

  it('takes a bare JSON Feed version number with items, but not an oEmbed answer that also says "1.0"', async () => {
    const feed = JSON.stringify({ version: '1.1', title: 'x', items: [{ id: 'a', content_text: 'Tin' }] });
    expect((await parseSource(feed, 'application/json', 'auto', { baseUrl: BASE })).format).to.equal(
      'jsonfeed',
    );
    const oembed = JSON.stringify({
      version: '1.0',
      type: 'video',
      provider_name: 'YouTube',
      html: '<iframe>',
    });
    const error = await errorOf(() => parseSource(oembed, 'application/json', 'auto', { baseUrl: BASE }));
    expect(error.kind).to.equal('format');
  });

  it('recognises WordPress posts trimmed by _fields to id, slug, link and type', async () => {
    const posts = JSON.stringify([
      { id: 1, slug: 'tin-1', link: 'https://phuong.example.vn/tin-1', type: 'post' },
    ]);
    const parsed = await parseSource(posts, 'application/json', 'auto', { baseUrl: BASE });
    expect(parsed.format).to.equal('wordpress');
    expect(parsed.dropped.map((drop) => drop.reason)).to.deep.equal(['it has no title and no text']);
  });

  it('detects native by its items array', async () => {
    const body = JSON.stringify({ items: [{ id: 'a', title: 'Tin tức - Sự kiện' }] });
    expect((await parseSource(body, 'application/json', 'auto', { baseUrl: BASE })).format).to.equal(
      'native',
    );
  });

  it('uses custom when fields name the items', async () => {
    const parsed = await parseSource(await load('custom.json'), 'application/json', 'auto', {
      baseUrl: BASE,
      fields: { items: 'data.danhSach', title: 'tieuDe' },
    });
    expect(parsed.format).to.equal('custom');
    expect(parsed.items[0].title).to.equal('Tin tức - Sự kiện: Hội nghị');
  });

  it('applies fields overrides on a JSON Feed', async () => {
    const parsed = await parseSource(await load('jsonfeed-stats.json'), 'application/json', 'auto', {
      baseUrl: BASE,
      fields: { views: '_stats.luotXem' },
    });
    expect(parsed.format).to.equal('jsonfeed');
    expect(parsed.items[0].views).to.equal(321);
  });

  it('applies fields overrides to RSS items', async () => {
    const parsed = await parseSource(await load('rss2.xml'), 'application/rss+xml', 'rss', {
      baseUrl: BASE,
      fields: { id: 'link' },
    });
    expect(parsed.items[0].id).to.equal('/tin-tuc/hop-dan');
  });

  const failures: [string, string, string, 'parse' | 'format', RegExp][] = [
    ['malformed XML', 'broken.xml', 'application/xml', 'parse', /line 5, column/],
    ['an HTML page', 'page.html', 'text/html', 'format', /got an HTML page/],
    [
      'RSS written as JSON',
      'rss-as-json.json',
      'application/json',
      'format',
      /custom, jsonfeed, wordpress, native.*rss.*"rss".*XML feed/,
    ],
    ['JSON of an unknown shape', '../wrong-shape.json', 'application/json', 'format', /Tried .*found/],
    ['truncated JSON', '../truncated.json', 'application/json', 'parse', /not valid JSON/],
  ];
  for (const [name, file, type, kind, message] of failures) {
    it(`reports ${name} as a ${kind} error`, async () => {
      const body = await load(file);
      const error = await errorOf(() => parseSource(body, type, 'auto', { baseUrl: BASE }));
      expect(error.kind).to.equal(kind);
      expect(error.message).to.match(message);
      expect(error.message).to.contain(BASE);
      expect(error.url).to.equal(BASE);
    });
  }

  it('says when a JSON format is asked for but XML arrives', async () => {
    const body = await load('rss2.xml');
    const error = await errorOf(() => parseSource(body, '', 'native', { baseUrl: BASE }));
    expect(error.kind).to.equal('format');
    expect(error.message).to.match(/expects JSON/);
  });

  it('detects a format synchronously for library users, and says what it found as parseSource does', async () => {
    expect(detectFormat({ items: [] }, BASE)).to.equal('native');
    const payload = { rss: { channel: {} }, generator: 'x' };
    let thrown: unknown;
    try {
      detectFormat(payload, BASE);
    } catch (error) {
      thrown = error;
    }
    const parsed = await errorOf(() =>
      parseSource(JSON.stringify(payload), 'application/json', 'auto', { baseUrl: BASE }),
    );
    expect(thrown).to.be.instanceOf(NewsError);
    expect((thrown as NewsError).kind).to.equal('format');
    expect((thrown as NewsError).message).to.equal(
      'This is not a news source this widget knows. Tried custom, jsonfeed, wordpress, native (JSON) and rss ' +
        '(XML); found top-level keys: "rss", "generator". It looks like an RSS/Atom feed converted to JSON: ' +
        'point src at the XML feed itself.',
    );
    expect(parsed.message).to.equal(`${BASE}: ${(thrown as NewsError).message}`);
  });
});
