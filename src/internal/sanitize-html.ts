import type { DOMPurify as Purifier, Config } from 'dompurify';
import { trustedTypesPolicy } from './parse-inert.js';

/**
 * Article bodies come from CMSs we do not control: they are cleaned with DOMPurify under an allow-list,
 * and returned as an inert DocumentFragment so that no source HTML string ever reaches an HTML sink.
 */

export interface SanitizeOptions {
  /** Absolute URL of the source: relative links and images in the body resolve against it. */
  baseUrl: string;
  /** Text of the link that stands in for an embedded video, given the site's name. */
  videoLabel?: (site: string) => string;
}

const TAGS = [
  ...['p', 'br', 'hr', 'div', 'span', 'b', 'strong', 'i', 'em', 'u', 's', 'del', 'ins', 'sub', 'sup'],
  ...['small', 'mark', 'abbr', 'cite', 'q', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
  ...['ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'figure', 'figcaption', 'img', 'a'],
  ...['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'colgroup', 'col'],
];
const ATTRIBUTES = ['href', 'src', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'scope'];
const ATTRIBUTES_MORE = ['headers', 'span', 'start', 'reversed', 'lang', 'dir'];

/** http, https, mailto, tel, and relative URLs (no scheme before the first `/`, `?` or `#`). */
const SAFE_URL = /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;
const IMAGE_DATA_URL = /^data:image\/(?:png|jpe?g|gif|webp|avif|bmp);/i;

const CONFIG: Config = {
  ALLOWED_TAGS: TAGS,
  ALLOWED_ATTR: [...ATTRIBUTES, ...ATTRIBUTES_MORE],
  ALLOWED_URI_REGEXP: SAFE_URL,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  RETURN_DOM_FRAGMENT: true,
};

let purifier: Promise<Purifier> | undefined;

/**
 * Fetches DOMPurify (once per page). Only `<news-article>` calls this, so a page with feeds alone never
 * downloads it.
 */
export function loadSanitizer(): Promise<Purifier> {
  purifier ??= import('dompurify').then(({ default: createPurifier }) => {
    // A private instance: our hooks must not change how the host page's own DOMPurify behaves.
    const instance = createPurifier(window);
    instance.addHook('uponSanitizeElement', (node, data) => {
      if (data.tagName === 'iframe' && node instanceof Element) replaceEmbed(node);
    });
    instance.addHook('afterSanitizeAttributes', (node) => {
      if (node instanceof Element) fixUrls(node);
    });
    return instance;
  });
  return purifier;
}

/** The body as an inert fragment that holds only allow-listed elements, attributes and URLs. */
export async function sanitizeHtml(html: string, options: SanitizeOptions): Promise<DocumentFragment> {
  const purify = await loadSanitizer();
  active = options;
  try {
    const policy = trustedTypesPolicy() as Policy | null;
    const fragment = purify.sanitize(html, {
      ...CONFIG,
      // DOMPurify parses the string with DOMParser; under enforced Trusted Types it needs a policy for that.
      ...(policy ? { TRUSTED_TYPES_POLICY: policy } : {}),
    }) as unknown as DocumentFragment | null;
    // A payload that parses to no body at all (`<frameset>`) leaves nothing to show.
    if (!fragment) return document.createDocumentFragment();
    promoteHeadings(fragment);
    return fragment;
  } finally {
    active = undefined;
  }
}

/** The options of the sanitize call in progress; hooks are registered once and read them. */
let active: SanitizeOptions | undefined;

function fixUrls(element: Element): void {
  const base = active?.baseUrl ?? document.baseURI;
  const tag = element.localName;
  if (tag === 'img') {
    // DOMPurify drops a forbidden src; an image without one would resolve to the source URL itself.
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
    if (/^https?:$/.test(url.protocol) && url.origin !== location.origin) {
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

/**
 * A YouTube or Facebook player would load (and track) on its own: it becomes a link to the video, which the
 * visitor may follow. Other iframes simply go.
 */
function replaceEmbed(iframe: Element): void {
  const video = videoLink(iframe.getAttribute('src') ?? '');
  if (!video || !iframe.parentNode) return;
  const doc = iframe.ownerDocument;
  const link = doc.createElement('a');
  link.setAttribute('href', video.url);
  link.setAttribute('target', '_blank');
  link.setAttribute('rel', 'noopener noreferrer');
  link.setAttribute('class', 'video-link');
  link.textContent = `▶ ${active?.videoLabel?.(video.site) ?? video.site}`;
  const paragraph = doc.createElement('p');
  paragraph.append(link);
  iframe.parentNode.insertBefore(paragraph, iframe);
}

export function videoLink(src: string): { url: string; site: string } | undefined {
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

/** The article's title is the page's heading; an `<h1>` in the body would compete with it. */
function promoteHeadings(fragment: DocumentFragment): void {
  fragment.querySelectorAll('h1').forEach((h1) => {
    const h2 = h1.ownerDocument.createElement('h2');
    h2.append(...h1.childNodes);
    h1.replaceWith(h2);
  });
}

type Policy = NonNullable<Config['TRUSTED_TYPES_POLICY']>;
