import * as parts from '../parts.js';
import { parseInert } from './parse-inert.js';
import { nativeWorks, sanitizeNatively } from './sanitize-native.js';
import type { Engine, SanitizeOptions } from './sanitize-rules.js';

/**
 * Article bodies come from CMSs we do not control: they are cleaned under one allow-list and returned as an
 * inert DocumentFragment, so that no source HTML string ever reaches an HTML sink. Where the browser has the
 * HTML Sanitizer API, it parses the body safely and we apply the allow-list to what it gives; elsewhere
 * DOMPurify is downloaded and applies the same allow-list itself.
 */

/** DOMPurify with our configuration: downloaded only where the browser has no usable Sanitizer API. */
const purifyChunk = parts.purify;
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
  const fragment = sanitize(withoutNoscript(html), options);
  promoteHeadings(fragment);
  return fragment;
}

/**
 * `<noscript>` and all it holds go before either engine parses the body, as an inert parse reads it (scripting
 * off, as DOMPurify and Chromium's safe parse do). Firefox's safe parse reads it with scripting on, as text up
 * to the first `</noscript>`, even one inside an attribute: the engines then kept different (safe) markup.
 * A page that runs this script never shows noscript content; both engines now give the same in every browser.
 */
function withoutNoscript(html: string): string {
  if (!/<noscript/i.test(html)) return html;
  const body = parseInert(html, 'text/html').body;
  if (body?.localName !== 'body') return '';
  body.querySelectorAll('noscript').forEach((noscript) => noscript.remove());
  // The start tag keeps a leading comment in the body when this is parsed again (see markVideos).
  return `<body>${body.innerHTML}`;
}

/** The article's title is the page's heading; an `<h1>` in the body would compete with it. */
function promoteHeadings(fragment: DocumentFragment): void {
  fragment.querySelectorAll('h1').forEach((h1) => {
    const h2 = h1.ownerDocument.createElement('h2');
    h2.append(...h1.childNodes);
    h1.replaceWith(h2);
  });
}
