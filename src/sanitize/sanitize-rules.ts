import { IMAGE_DATA_URL } from '../util/data-image.js';

/**
 * The allow-list and the rewrites that both sanitizing engines apply to article bodies (the HTML Sanitizer
 * API's in sanitize-native.ts, DOMPurify's in sanitize-purify.ts), so that both give the same nodes.
 */

import { safeSrcset } from '../util/srcset.js';

export interface SanitizeOptions {
  /** Absolute URL of the source: relative links and images in the body resolve against it. */
  baseUrl: string;
  /** Text of the link that stands in for an embedded video, given the site's name. */
  videoLabel?: (site: string) => string;
}

/** One way of sanitizing: both give the same nodes for the same HTML. */
export type Engine = (html: string, options: SanitizeOptions) => DocumentFragment;

export const TAGS = [
  ...['p', 'br', 'hr', 'div', 'span', 'b', 'strong', 'i', 'em', 'u', 's', 'del', 'ins', 'sub', 'sup'],
  ...['small', 'mark', 'abbr', 'cite', 'q', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
  ...['ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'figure', 'figcaption', 'img', 'a'],
  ...['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'colgroup', 'col'],
];
const ATTRIBUTES = ['href', 'src', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'scope'];
const ATTRIBUTES_MORE = ['headers', 'span', 'start', 'reversed', 'lang', 'dir', 'srcset', 'sizes'];
export const ALLOWED_ATTR = [...ATTRIBUTES, ...ATTRIBUTES_MORE];
/**
 * Elements outside the allow-list give up their children, except these, whose content is code, styling,
 * media or metadata rather than text: DOMPurify's default FORBID_CONTENTS less the table parts we allow.
 * Form controls are not here on purpose: a `<textarea>`'s or an `<option>`'s text is the author's.
 */
export const DROPPED_WITH_CONTENT = [
  ...['annotation-xml', 'audio', 'desc', 'foreignobject', 'head', 'iframe', 'math', 'mi', 'mn', 'mo'],
  ...['ms', 'mtext', 'noembed', 'noframes', 'noscript', 'plaintext', 'script', 'selectedcontent'],
  ...['style', 'svg', 'template', 'title', 'video', 'xmp'],
];

/** http, https, mailto, tel, and relative URLs (no scheme before the first `/`, `?` or `#`). */
export const SAFE_URL = /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

/** `pageOrigin`: links to other origins open in a new tab. */
export function fixUrls(element: Element, base: string, pageOrigin = location.origin): void {
  const tag = element.localName;
  if (tag === 'img') {
    // A forbidden src is dropped; an image without one would resolve to the source URL itself.
    const src = element.getAttribute('src')?.trim() ?? '';
    const resolved = !src
      ? undefined
      : src.startsWith('data:')
        ? IMAGE_DATA_URL.test(src)
          ? src
          : undefined
        : absolute(src, base);
    if (!resolved) {
      element.remove();
      return;
    }
    element.setAttribute('src', resolved);
    // WordPress's responsive sizes, each URL checked; without a usable srcset, `sizes` means nothing.
    const srcset = safeSrcset(element.getAttribute('srcset'), base);
    if (srcset) element.setAttribute('srcset', srcset);
    else {
      element.removeAttribute('srcset');
      element.removeAttribute('sizes');
    }
    element.setAttribute('loading', 'lazy');
    element.setAttribute('decoding', 'async');
  }
  if (tag === 'a' && element.hasAttribute('href')) {
    const raw = element.getAttribute('href')?.trim() ?? '';
    const href = raw ? absolute(raw, base) : undefined;
    if (!href) {
      element.removeAttribute('href');
      return;
    }
    element.setAttribute('href', href);
    const url = new URL(href);
    if (/^https?:$/.test(url.protocol) && url.origin !== pageOrigin) {
      element.setAttribute('target', '_blank');
      element.setAttribute('rel', 'noopener noreferrer');
    }
  }
}

/** An absolute http(s)/mailto/tel URL, or undefined for anything else (or unparseable). */
function absolute(value: string, base: string): string | undefined {
  try {
    const url = new URL(value.trim(), base);
    return ['http:', 'https:', 'mailto:', 'tel:'].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export interface Video {
  url: string;
  site: string;
}

/**
 * A YouTube or Facebook player would load (and track) on its own: it becomes a link to the video, which the
 * visitor may follow. Other iframes simply go.
 */
export function videoParagraph(doc: Document, video: Video, label: SanitizeOptions['videoLabel']): Element {
  const link = doc.createElement('a');
  link.setAttribute('href', video.url);
  link.setAttribute('target', '_blank');
  link.setAttribute('rel', 'noopener noreferrer');
  link.setAttribute('class', 'video-link');
  link.textContent = `▶ ${label?.(video.site) ?? video.site}`;
  const paragraph = doc.createElement('p');
  paragraph.append(link);
  return paragraph;
}

export function videoLink(src: string): Video | undefined {
  let url: URL;
  try {
    url = new URL(src, 'https://invalid.invalid/');
  } catch {
    return undefined;
  }
  const host = url.hostname.replace(/^(?:www|m)\./, '');
  if (/^youtube(?:-nocookie)?\.com$/.test(host)) {
    const id = /^\/embed\/([\w-]{6,20})$/.exec(url.pathname)?.[1];
    return id ? { url: `https://www.youtube.com/watch?v=${id}`, site: 'YouTube' } : undefined;
  }
  if (host === 'facebook.com' && url.pathname.startsWith('/plugins/video.php')) {
    const video = absolute(url.searchParams.get('href') ?? '', 'https://www.facebook.com/');
    return video && /^https:\/\/(?:www\.|m\.)?facebook\.com\//.test(video)
      ? { url: video, site: 'Facebook' }
      : undefined;
  }
  return undefined;
}
