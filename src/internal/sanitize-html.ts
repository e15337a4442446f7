import { chunkUnavailable } from '../errors.js';
import { lazyModule } from './lazy-module.js';
import { nativeWorks, sanitizeNatively } from './sanitize-native.js';
import type { Engine, SanitizeOptions } from './sanitize-rules.js';

/**
 * Article bodies come from CMSs we do not control: they are cleaned under one allow-list and returned as an
 * inert DocumentFragment, so that no source HTML string ever reaches an HTML sink. Where the browser has the
 * HTML Sanitizer API, it parses the body safely and we apply the allow-list to what it gives; elsewhere
 * DOMPurify is downloaded and applies the same allow-list itself.
 */

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

/** The article's title is the page's heading; an `<h1>` in the body would compete with it. */
function promoteHeadings(fragment: DocumentFragment): void {
  fragment.querySelectorAll('h1').forEach((h1) => {
    const h2 = h1.ownerDocument.createElement('h2');
    h2.append(...h1.childNodes);
    h1.replaceWith(h2);
  });
}
