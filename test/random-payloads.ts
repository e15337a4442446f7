/**
 * Random payloads of every format, for property tests: each field of each format gets, half the time, a
 * random JSON value (edge numbers, strings of invisible, markup and date-like characters, arrays, objects
 * with the keys adapters look for), and otherwise a plausible one. Seeded (the benchmark's generator), so a
 * failing seed reproduces.
 */
// @ts-expect-error -- a plain module of the benchmark, without types: `prng(seed)` gives numbers in [0, 1).
import { prng } from '../bench/data.mjs';

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)];

const EDGE_NUMBERS = [
  0,
  -0,
  -1,
  1,
  0.5,
  12.7,
  -12.7,
  1e21,
  -1e21,
  1e308,
  -1e308,
  8.64e15,
  -8.64e15,
  8.64e15 - 1,
  Number.MAX_SAFE_INTEGER,
  2 ** 53 + 1,
  1598005440,
  1598005440000,
  99999999999,
  1e-7,
];
const EDGE_STRINGS = [
  '',
  ' ',
  '\u200b',
  '\u00ad\u200d',
  '\u3164',
  '\u2800',
  '\ufeff',
  '\u202e',
  '-0',
  '1.234',
  '1,234',
  '1.234,5',
  'NaN',
  'Infinity',
  'null',
  'true',
  '0001-01-01',
  '0000-00-00',
  '9999-12-31T23:59:59-14:00',
  '+275760-09-13T00:00:00Z',
  '2020-02-30',
  '21/08/2020 | 17:24',
  '32/13/2020 | 25:61',
  '21-Aug-2020 10:24 Z',
  'Fri, 21 Aug 2020 10:24:00 +0799',
  'hôm qua',
  '1598005440',
  '8640000000000001',
  'javascript:alert(1)',
  'data:image/png;base64,AAAA',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'data:text/html,<script>',
  '//evil.example/x',
  '/tin/1',
  'https://phuong.example.vn/tin/1',
  'mailto:a@b',
  '<b>đậm</b>',
  '<img src=x onerror=alert(1)>',
  '&amp;&lt;&#8211;',
  ']]>',
  '<![CDATA[x]]>',
  'a\nb\tc',
  'Tin tức – Sự kiện',
  '𝒳',
  '👨‍👩‍👧',
  '\u0301',
  '%E0%A4%A',
  '{id}',
  'a[b',
  '__proto__',
  'constructor',
];
const CHARS = [
  'a',
  'Ư',
  'ệ',
  ' ',
  '\u200b',
  '\u00ad',
  '<',
  '>',
  '&',
  '"',
  "'",
  '/',
  '.',
  ',',
  '0',
  '9',
  '-',
  ':',
  'T',
  'Z',
  '+',
  '\n',
  '\u00a0',
  '#',
  '{',
  '}',
];
const KEYS = [
  'src',
  'url',
  'name',
  'rendered',
  'title',
  'href',
  'width',
  'height',
  'alt',
  'caption',
  'size',
  'type',
  '__proto__',
  'length',
  'x',
];

function randomString(random: Random): string {
  if (random() < 0.6) return pick(random, EDGE_STRINGS);
  return Array.from({ length: Math.floor(random() * 24) }, () => pick(random, CHARS)).join('');
}

/** Any JSON value, nested to `depth`. */
export function randomValue(random: Random, depth = 2): unknown {
  const kind = random();
  if (kind < 0.08) return null;
  if (kind < 0.14) return random() < 0.5;
  if (kind < 0.32)
    return random() < 0.7 ? pick(random, EDGE_NUMBERS) : (random() - 0.5) * 10 ** Math.floor(random() * 16);
  if (kind < 0.7 || depth <= 0) return randomString(random);
  if (kind < 0.85)
    return Array.from({ length: Math.floor(random() * 4) }, () => randomValue(random, depth - 1));
  return Object.fromEntries(
    Array.from({ length: Math.floor(random() * 4) }, () => [
      pick(random, KEYS),
      randomValue(random, depth - 1),
    ]),
  );
}

/** Half the time a random value, otherwise `plausible`. */
const field = (random: Random, plausible: unknown): unknown =>
  random() < 0.5 ? randomValue(random) : plausible;

/** Dates at and past the edges of what a `Date`, a zone's offset and an HTML `datetime` can hold. */
const EDGE_DATES = [
  8.64e15,
  -8.64e15,
  8.64e15 - 1,
  '0001-06-15T00:00:00Z',
  '0000-01-01',
  '1900-06-15T12:00:00',
  '1850-01-01T00:00:00Z',
  '9999-12-31T23:59:59-14:00',
  '9999-12-31',
  '21-Aug-2020 10:24 Z',
  'Fri Aug 21 2020 17:24:00 GMT+0700 (ICT)',
];
/** A date field: a third each plausible, at an edge, any random value. */
const dateField = (random: Random, plausible: unknown): unknown =>
  random() < 1 / 3 ? plausible : random() < 0.5 ? pick(random, EDGE_DATES) : randomValue(random);

const items = <T>(random: Random, make: (i: number) => T): T[] =>
  Array.from({ length: 1 + Math.floor(random() * 6) }, (_, i) => make(i));

export interface RandomPayload {
  format: 'native' | 'jsonfeed' | 'wordpress' | 'custom' | 'rss' | 'atom';
  body: string;
  contentType: string;
  /** The `fields` attribute a custom payload needs. */
  fields?: Record<string, string>;
}

export function randomPayload(format: RandomPayload['format'], seed: number): RandomPayload {
  const random: Random = prng(seed);
  // Now and then the whole list is a random value: adapters must say what they found instead.
  const list = <T>(make: (i: number) => T): unknown =>
    random() < 0.1 ? randomValue(random) : items(random, make);
  const json = (value: unknown): RandomPayload => ({
    format,
    body: JSON.stringify(value),
    contentType: 'application/json',
  });
  switch (format) {
    case 'native':
      return json({
        title: field(random, 'Phường 1'),
        next: field(random, '?page=2'),
        total: field(random, 40),
        items: list((i) => ({
          id: field(random, `n${i}`),
          title: field(random, `Tin ${i}`),
          url: field(random, `/tin/${i}`),
          summary: field(random, 'Tóm tắt'),
          contentHtml: field(random, '<p>Nội dung</p>'),
          image: field(random, {
            src: '/test/fixtures/img/hoi-nghi.svg',
            alt: 'Ảnh',
            width: 320,
            height: 200,
          }),
          publishedAt: dateField(random, '2020-08-21T17:24:00+07:00'),
          updatedAt: dateField(random, '2020-08-22T08:00:00+07:00'),
          views: field(random, 122),
          category: field(random, 'Tin tức'),
          tags: field(random, ['Đô thị']),
          authors: field(random, ['Ban biên tập']),
          attachments: field(random, [{ url: '/tep.pdf', title: 'Tệp', size: 999 }]),
        })),
      });
    case 'jsonfeed':
      return json({
        version: 'https://jsonfeed.org/version/1.1',
        title: field(random, 'Xã 2'),
        next_url: field(random, '/feed-2.json'),
        _news: field(random, { total: 12 }),
        items: list((i) => ({
          id: field(random, `j${i}`),
          url: field(random, `/tin/${i}`),
          external_url: field(random, undefined),
          title: field(random, `Tin ${i}`),
          summary: field(random, 'Tóm tắt'),
          content_html: field(random, '<p>Nội dung</p>'),
          content_text: field(random, 'Nội dung'),
          image: field(random, '/test/fixtures/img/hoi-nghi.svg'),
          banner_image: field(random, undefined),
          date_published: dateField(random, '2020-08-21T10:24:00Z'),
          date_modified: dateField(random, '2020-08-21T11:00:00Z'),
          tags: field(random, ['Đô thị']),
          author: field(random, { name: 'A' }),
          authors: field(random, [{ name: 'B' }]),
          attachments: field(random, [{ url: '/tep.pdf', mime_type: 'application/pdf', size_in_bytes: 10 }]),
          _news: field(random, { views: 5, category: 'Thông báo' }),
        })),
      });
    case 'wordpress':
      return json(
        items(random, (i) => ({
          id: field(random, i + 1),
          link: field(random, `https://wp.example.vn/?p=${i}`),
          slug: field(random, `bai-${i}`),
          type: 'post',
          date: dateField(random, '2020-08-21T17:24:00'),
          date_gmt: dateField(random, '2020-08-21T10:24:00'),
          modified_gmt: dateField(random, '2020-08-22T10:24:00'),
          title: { rendered: field(random, `Bài ${i} &#8211; tin`) },
          excerpt: field(random, { rendered: '<p>Tóm tắt [&hellip;]</p>' }),
          content: field(random, { rendered: '<p>Nội dung</p>' }),
          _embedded: field(random, {
            author: [{ name: field(random, 'Tác giả') }],
            'wp:featuredmedia': [
              {
                source_url: field(random, '/test/fixtures/img/hoi-nghi.svg'),
                alt_text: field(random, 'Ảnh'),
                media_details: field(random, { width: 1, height: 1 }),
              },
            ],
            'wp:term': [[{ taxonomy: 'category', name: field(random, 'Tin tức') }]],
          }),
        })),
      );
    case 'custom':
      return {
        ...json({
          data: {
            tongSo: field(random, '1.234'),
            danhSach: list((i) => ({
              ma: field(random, i),
              tieuDe: field(random, `Tin ${i}`),
              duongDan: field(random, `/tin/${i}`),
              anh: field(random, { duongDan: '/test/fixtures/img/hoi-nghi.svg' }),
              ngayDang: dateField(random, '21/08/2020 17:24'),
              luotXem: field(random, '1.234'),
              chuyenMuc: field(random, 'Thông báo'),
            })),
          },
        }),
        fields: {
          items: 'data.danhSach',
          total: 'data.tongSo',
          id: 'ma',
          title: 'tieuDe',
          url: 'duongDan',
          image: 'anh.duongDan',
          date: 'ngayDang',
          views: 'luotXem',
          category: 'chuyenMuc',
        },
      };
    case 'rss':
    case 'atom':
      return randomXml(format, random);
  }
}

/** A value as XML text, escaped; characters XML cannot hold at all are left out. */
function xmlText(value: unknown): string {
  const raw = typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
  return raw
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/"/g, '&quot;');
}

function randomXml(format: 'rss' | 'atom', random: Random): RandomPayload {
  const t = (plausible: string) => xmlText(field(random, plausible));
  const d = (plausible: string) => xmlText(dateField(random, plausible));
  const entries = items(random, (i) =>
    format === 'rss'
      ? `<item><title>${t(`Tin ${i}`)}</title><link>${t(`/tin/${i}`)}</link><guid>${t(`g${i}`)}</guid>
          <description>${t('&lt;p&gt;Tóm tắt&lt;/p&gt;')}</description><pubDate>${d('Fri, 21 Aug 2020 10:24:00 GMT')}</pubDate>
          <category>${t('Tin tức')}</category><dc:creator>${t('A')}</dc:creator><content:encoded>${t('<p>x</p>')}</content:encoded>
          <enclosure url="${t('/test/fixtures/img/hoi-nghi.svg')}" type="${t('image/jpeg')}" length="${t('10')}"/>
          <media:content url="${t('/test/fixtures/img/hoi-nghi.svg')}" medium="${t('image')}"/></item>`
      : `<entry><title type="${t('html')}">${t(`Tin ${i}`)}</title><link rel="${t('alternate')}" href="${t(`/tin/${i}`)}"/>
          <id>${t(`a${i}`)}</id><published>${d('2020-08-21T10:24:00Z')}</published><updated>${d('2020-08-22T10:24:00Z')}</updated>
          <issued>${d('2020-08-21T10:24:00Z')}</issued><summary type="${t('text')}">${t('Tóm tắt')}</summary>
          <content type="${t('html')}" mode="${t('escaped')}">${t('&lt;p&gt;x&lt;/p&gt;')}</content>
          <category term="${t('Tin')}"/><author><name>${t('A')}</name></author></entry>`,
  );
  const body =
    format === 'rss'
      ? `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
          xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:media="http://search.yahoo.com/mrss/">
          <channel><title>${t('Kênh')}</title>${entries.join('')}</channel></rss>`
      : `<?xml version="1.0" encoding="utf-8"?><feed xmlns="${random() < 0.5 ? 'http://www.w3.org/2005/Atom' : 'http://purl.org/atom/ns#'}">
          <title>${t('Kênh')}</title>${entries.join('')}</feed>`;
  return { format, body, contentType: format === 'rss' ? 'application/rss+xml' : 'application/atom+xml' };
}

export const FORMATS: RandomPayload['format'][] = [
  'native',
  'jsonfeed',
  'wordpress',
  'custom',
  'rss',
  'atom',
];
