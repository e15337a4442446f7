import { parseInert } from './parse-inert.js';
import {
  ALLOWED_ATTR,
  DROPPED_WITH_CONTENT,
  fixUrls,
  SAFE_URL,
  TAGS,
  videoLink,
  videoParagraph,
  type Engine,
  type Video,
} from './sanitize-rules.js';

/**
 * The engine for browsers with the HTML Sanitizer API: the browser parses the body safely and we apply the
 * allow-list (sanitize-rules.ts) to what it gives, as DOMPurify would.
 */

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
export function nativeWorks(): boolean {
  const probe = '<x-y>t</x-y><!--c-->';
  try {
    return parseSafely()?.(probe, { sanitizer: BASELINE }).body.innerHTML === probe;
  } catch {
    return false;
  }
}

export const sanitizeNatively: Engine = (html, options) => {
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
