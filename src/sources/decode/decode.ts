import { charsetOf } from './body-text.js';

/**
 * The text of a response body. In order: a byte-order mark (UTF-8, UTF-16 LE/BE), the `charset` of the
 * Content-Type, for XML the `<?xml … encoding="…"?>` declaration, else UTF-8. Labels are WHATWG encoding
 * labels (`ISO-8859-1`, `windows-1251`, `windows-1258`, `Shift_JIS`, …); an unknown label is ignored.
 */
export function decodeBody(bytes: ArrayBuffer | ArrayBufferView, contentType: string): string {
  const view =
    bytes instanceof ArrayBuffer
      ? new Uint8Array(bytes)
      : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const encoding =
    bomEncoding(view) ??
    usable(charsetOf(contentType), true) ??
    usable(xmlDeclaredEncoding(view), false) ??
    'utf-8';
  // The decoder drops a BOM that matches its encoding.
  return new TextDecoder(encoding).decode(view);
}

function bomEncoding(view: Uint8Array): string | undefined {
  if (view[0] === 0xef && view[1] === 0xbb && view[2] === 0xbf) return 'utf-8';
  if (view[0] === 0xff && view[1] === 0xfe) return 'utf-16le';
  if (view[0] === 0xfe && view[1] === 0xff) return 'utf-16be';
  return undefined;
}

function xmlDeclaredEncoding(view: Uint8Array): string | undefined {
  // The declaration is ASCII in every ASCII-compatible encoding; UTF-16 without a BOM is not handled.
  let head = '';
  for (let i = 0; i < Math.min(view.length, 512); i++) head += String.fromCharCode(view[i]);
  const m = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return m?.[1];
}

function usable(label: string | undefined, utf16: boolean): string | undefined {
  if (!label) return undefined;
  try {
    const { encoding } = new TextDecoder(label);
    // A declaration readable as ASCII cannot be UTF-16 (a real UTF-16 file starts with a BOM).
    return !utf16 && encoding.startsWith('utf-16') ? undefined : encoding;
  } catch {
    return undefined;
  }
}
