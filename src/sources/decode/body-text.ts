import { chunkUnavailable } from '../../errors.js';

/**
 * The text of a response body. JSON in UTF-8, what nearly every source sends, is decoded at once; a body
 * that may be in another encoding (a UTF-16 byte-order mark, another charset, or without a charset anything
 * but JSON, such as XML that declares its encoding) waits for `decodeBody` (decode.ts), which travels with
 * the RSS adapter that most such bodies need next.
 */
export async function bodyText(bytes: ArrayBuffer, contentType: string): Promise<string> {
  const view = new Uint8Array(bytes);
  const charset = charsetOf(contentType);
  const utf16 = (view[0] === 0xff && view[1] === 0xfe) || (view[0] === 0xfe && view[1] === 0xff);
  const utf8 =
    !utf16 &&
    (charset ? /^utf-?8$/i.test(charset) : /^\s*[[{]/.test(String.fromCharCode(...view.subarray(0, 256))));
  if (utf8) return new TextDecoder().decode(view);
  return (await import('../rss.js').catch(chunkUnavailable)).decodeBody(view, contentType);
}

/** The `charset` parameter of a Content-Type (quoted or not), if any. */
export function charsetOf(contentType: string): string | undefined {
  const m = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentType ?? '');
  const label = (m?.[1] ?? m?.[2])?.trim();
  return label || undefined;
}
