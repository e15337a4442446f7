/**
 * The text of a response body when it is what nearly every source sends, JSON in UTF-8, decoded at once.
 * Undefined for a body that may be in another encoding (a UTF-16 byte-order mark, another charset, or
 * without a charset anything but JSON, such as XML that declares its encoding): that one needs
 * `decodeBody` (decode.ts), which the pipeline downloads for it.
 */
export function utf8JsonText(bytes: ArrayBuffer, contentType: string): string | undefined {
  const view = new Uint8Array(bytes);
  const charset = charsetOf(contentType);
  const utf16 = (view[0] === 0xff && view[1] === 0xfe) || (view[0] === 0xfe && view[1] === 0xff);
  const utf8 =
    !utf16 &&
    (charset ? /^utf-?8$/i.test(charset) : /^\s*[[{]/.test(String.fromCharCode(...view.subarray(0, 256))));
  return utf8 ? new TextDecoder().decode(view) : undefined;
}

/** The `charset` parameter of a Content-Type (quoted or not), if any. */
export function charsetOf(contentType: string): string | undefined {
  const m = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentType ?? '');
  const label = (m?.[1] ?? m?.[2])?.trim();
  return label || undefined;
}
