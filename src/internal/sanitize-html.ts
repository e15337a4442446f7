import { chunkUnavailable } from '../errors.js';
import { lazyModule } from './lazy-module.js';
import { parseInert } from './parse-inert.js';

/**
 * Article bodies come from CMSs we do not control: they are cleaned under one allow-list and returned as an
 * inert DocumentFragment, so that no source HTML string ever reaches an HTML sink. Where the browser has the
 * HTML Sanitizer API, it parses the body safely and we apply the allow-list to what it gives; elsewhere
 * DOMPurify is downloaded and applies the same allow-list itself.
 */

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
const ATTRIBUTES_MORE = ['headers', 'span', 'start', 'reversed', 'lang', 'dir'];
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
const IMAGE_DATA_URL = /^data:image\/(?:png|jpe?g|gif|webp|avif|bmp);/i;

/** DOMPurify with our configuration: downloaded only where the browser has no usable Sanitizer API. */
const purifyChunk = lazyModule(() => import('./sanitize-purify.js').catch(chunkUnavailable));
let purified: Engine | undefined;
const purifyEngine = async (): Promise<Engine> => (purified ??= (await purifyChunk.load()).purifyEngine());
let native: boolean | undefined;

/**
 * Makes the sanitizer ready (once per page): at once where the browser has the HTML Sanitizer API, else by
 * downloading DOMPurify. Only `<news-article>` calls this, so a page with feeds alone never downloads it.
 */
export function loadSanitizer(): Promise<Engine> {
  native ??= nativeWorks();
  return native ? Promise.resolve(sanitizeNatively) : purifyEngine();
}

/** The two engines by name, for tests that hold both to the same results on one browser. */
export const engines: Record<'native' | 'dompurify', () => Promise<Engine>> = {
  native: () => Promise.resolve(sanitizeNatively),
  dompurify: purifyEngine,
};

/**
 * The body as an inert fragment that holds only allow-listed elements, attributes and URLs; `engine` is the
 * page's own unless a test picks one.
 */
export async function sanitizeHtml(
  html: string,
  options: SanitizeOptions,
  engine: Promise<Engine> = loadSanitizer(),
): Promise<DocumentFragment> {
  const sanitize = await engine;
  const fragment = sanitize(html, options);
  promoteHeadings(fragment);
  return fragment;
}

// ---------- the HTML Sanitizer API ----------

type SafeParser = (html: string, options: { sanitizer: object }) => Document;
const parseSafely = (): SafeParser | undefined =>
  (Document as unknown as { parseHTML?: SafeParser }).parseHTML;

/**
 * Elements in the remove form: the browser takes out what is never safe (scripts, frames, plugins) and keeps
 * every other element, unknown ones and their text included, so that our allow-list decides the rest as
 * DOMPurify would. Attributes in the allow form: Chromium 156 crashes the tab when the remove form meets
 * some handler attributes (`onstart`, `onfinish`, `ontransitionrun`…). Comments stay for the video markers.
 */
const BASELINE = { removeElements: [], attributes: ALLOWED_ATTR, comments: true };
const VIDEO_MARKER = 'news-elements video ';

/**
 * Early implementations took other configurations or answered differently: unless this one keeps an unknown
 * element's text and a comment under our configuration, DOMPurify does the job.
 */
function nativeWorks(): boolean {
  const probe = '<x-y>t</x-y><!--c-->';
  try {
    return parseSafely()?.(probe, { sanitizer: BASELINE }).body.innerHTML === probe;
  } catch {
    return false;
  }
}

const sanitizeNatively: Engine = (html, options) => {
  const videos: Video[] = [];
  const doc = parseSafely()!(/<iframe/i.test(html) ? markVideos(html, videos) : html, {
    sanitizer: BASELINE,
  });
  const fragment = doc.createDocumentFragment();
  // A payload that parses to a frameset has no body: nothing to show.
  if (doc.body?.localName !== 'body') return fragment;
  const markers: Comment[] = [];
  keepAllowed(doc.body, options.baseUrl, markers);
  for (const marker of markers) {
    const video = videos[Number(marker.data.slice(VIDEO_MARKER.length))];
    if (video) marker.before(videoParagraph(doc, video, options.videoLabel));
    marker.remove();
  }
  fragment.append(...doc.body.childNodes);
  return fragment;
};

/**
 * The safe parse removes every iframe before we could see it: each video iframe first becomes a comment that
 * marks its place, on an inert parse. A comment rather than the link itself, because a `<p>` written back
 * inside a `<p>` would not parse back where it was. The safe parse then runs on the result, as on any body.
 */
function markVideos(html: string, videos: Video[]): string {
  const body = parseInert(html, 'text/html').body;
  if (!body) return html;
  body.querySelectorAll('iframe').forEach((iframe) => {
    const video = videoLink(iframe.getAttribute('src') ?? '');
    if (video) iframe.before(iframe.ownerDocument.createComment(`${VIDEO_MARKER}${videos.push(video) - 1}`));
    iframe.remove();
  });
  // Without the start tag, a marker that opens the text would go before the body, and be lost.
  return `<body>${body.innerHTML}`;
}

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
const ALLOWED_TAGS = new Set(TAGS);
const ALLOWED_ATTRIBUTES = new Set(ALLOWED_ATTR);
const EMPTIED = new Set(DROPPED_WITH_CONTENT);
/** DOMPurify's rules for attribute values, so that both engines keep the same ones. */
// eslint-disable-next-line no-control-regex -- DOMPurify's own class: browsers skip control characters in URLs.
const ATTR_WHITESPACE = /[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000]/g;
const ATTR_VALUE_BREAKOUT =
  /((--!?|])>)|<\/(style|script|title|xmp|textarea|noscript|iframe|noembed|noframes)/i;

/** What DOMPurify does under CONFIG, on a tree the browser has already made safe to walk. */
function keepAllowed(parent: Node, baseUrl: string, markers: Comment[]): void {
  for (const node of Array.from(parent.childNodes)) {
    if (node instanceof Comment) {
      if (node.data.startsWith(VIDEO_MARKER)) markers.push(node);
      else node.remove();
    } else if (node instanceof Element) {
      const tag = node.localName;
      if (node.namespaceURI !== HTML_NAMESPACE || !ALLOWED_TAGS.has(tag)) {
        if (!EMPTIED.has(tag)) {
          keepAllowed(node, baseUrl, markers);
          node.before(...node.childNodes);
        }
        node.remove();
        continue;
      }
      for (const { name, value } of Array.from(node.attributes)) {
        if (!keepsAttribute(tag, name, value)) node.removeAttribute(name);
      }
      keepAllowed(node, baseUrl, markers);
      fixUrls(node, baseUrl);
    }
  }
}

function keepsAttribute(tag: string, name: string, value: string): boolean {
  if (!ALLOWED_ATTRIBUTES.has(name) || ATTR_VALUE_BREAKOUT.test(value)) return false;
  if (name === 'alt' || name === 'title') return true;
  if (SAFE_URL.test(value.replace(ATTR_WHITESPACE, ''))) return true;
  return (tag === 'img' && name === 'src' && value.startsWith('data:')) || !value;
}

// ---------- shared ----------

export function fixUrls(element: Element, base: string): void {
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

interface Video {
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

/** The article's title is the page's heading; an `<h1>` in the body would compete with it. */
function promoteHeadings(fragment: DocumentFragment): void {
  fragment.querySelectorAll('h1').forEach((h1) => {
    const h2 = h1.ownerDocument.createElement('h2');
    h2.append(...h1.childNodes);
    h1.replaceWith(h2);
  });
}
