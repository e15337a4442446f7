import { expect } from '@open-wc/testing';
import { bodyText } from '../../data/read-source.js';
import { charsetOf } from './body-text.js';
import { decodeBody } from './decode.js';

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? ascii(part) : part))).buffer;

describe('decodeBody', () => {
  const saoPaulo: (string | number[])[] = ['S', [0xe3], 'o Paulo'];
  const table: [string, ArrayBuffer, string, string][] = [
    [
      'UTF-8 by default',
      new TextEncoder().encode('Lượt xem').buffer as ArrayBuffer,
      'application/json',
      'Lượt xem',
    ],
    [
      'a UTF-8 BOM over a wrong charset',
      bytes([0xef, 0xbb, 0xbf], [0x56, 0x69, 0xe1, 0xbb, 0x87, 0x74]),
      'text/xml; charset=iso-8859-1',
      'Việt',
    ],
    ['a UTF-16LE BOM', bytes([0xff, 0xfe], [0x3c, 0, 0x61, 0]), 'application/xml', '<a'],
    ['a UTF-16BE BOM', bytes([0xfe, 0xff], [0, 0x3c, 0, 0x61]), '', '<a'],
    ['the HTTP charset', bytes(...saoPaulo), 'text/plain; charset="ISO-8859-1"', 'São Paulo'],
    [
      'the HTTP charset over the XML declaration',
      bytes('<?xml version="1.0" encoding="utf-8"?>', ...saoPaulo),
      'application/rss+xml;charset=iso-8859-1',
      '<?xml version="1.0" encoding="utf-8"?>São Paulo',
    ],
    [
      'the XML declaration',
      bytes("<?xml version='1.0' encoding='ISO-8859-1'?><t>", ...saoPaulo),
      'application/xml',
      "<?xml version='1.0' encoding='ISO-8859-1'?><t>São Paulo",
    ],
    [
      'windows-1251 from the declaration',
      bytes('<?xml version="1.0" encoding="windows-1251"?>', [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]),
      'text/xml',
      '<?xml version="1.0" encoding="windows-1251"?>Привет',
    ],
    [
      'an unknown label as UTF-8',
      new TextEncoder().encode('Tin tức').buffer as ArrayBuffer,
      'text/xml; charset=x-nonsense',
      'Tin tức',
    ],
  ];
  for (const [name, body, type, expected] of table) {
    it(`decodes ${name}`, () => expect(decodeBody(body, type)).to.equal(expected));
    it(`decodes ${name} the same way when only UTF-8 is at hand`, async () =>
      expect(await bodyText(body, type)).to.equal(expected));
  }

  it('decodes UTF-8 JSON at hand, with a charset or after white space', async () => {
    const json = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;
    expect(await bodyText(json('{"a":"Việt"}'), 'application/json; charset=utf-8')).to.equal('{"a":"Việt"}');
    expect(await bodyText(json(' \n[1]'), '')).to.equal(' \n[1]');
    expect(await bodyText(json('\ufeff{}'), 'application/json')).to.equal('{}');
  });

  it('decodes windows-1258 Vietnamese (combining marks, NFC afterwards)', () => {
    const text = decodeBody(bytes([0x56, 0x69, 0xea, 0xf2, 0x74]), 'text/html; charset=windows-1258');
    expect(text.normalize('NFC')).to.equal('Việt');
  });

  const charsets: [string, string | undefined][] = [
    ['text/xml; charset=UTF-8', 'UTF-8'],
    ['application/json;charset="windows-1258"', 'windows-1258'],
    ['application/json', undefined],
  ];
  for (const [type, expected] of charsets) {
    it(`reads the charset of ${type}`, () => expect(charsetOf(type)).to.equal(expected));
  }
});
