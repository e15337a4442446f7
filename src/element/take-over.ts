import type { ReactiveElement } from 'lit';
import { readStoredCopy, writeStoredCopy } from '../data/stored-copy.js';
import { DATA_MARKER } from './prerendered.js';

/** Hides what the element renders (Lit puts it before the served nodes) until it replaces them. */
const HIDE_RENDERED = ':host>:not([data-served]){display:none!important}';

interface SourceHost extends ReactiveElement {
  src: string;
  cache: number;
}

/**
 * Takes over a pre-rendered element (a declarative shadow root written by `news-elements publish`), before
 * its first update: a part of its own (src/parts.ts), which only pages with pre-rendered HTML download, and
 * for which the element holds its first update (see `NewsSourceElement`), the served copy on screen.
 *
 * Lit adopts a declarative root as it is and, without hydration code, renders beside what the server wrote
 * (before it: LitElement renders before the root's first child); so what the element renders stays hidden,
 * and the served nodes stay on screen, until it has shown its data as it will stay (`news-load`, then
 * `updateComplete`, which waits for the parts it needs): then the served nodes go in the same task, before a
 * frame is painted. The two are the same template over the same data, so nothing moves. Until then (and for
 * good, should loading fail with nothing stored) the visitor reads the served copy.
 *
 * The data block becomes the stored copy of `src`, as if the element had fetched it at publishing time:
 * within `cache` seconds of that it asks the network for nothing; later it shows it and revalidates, as any
 * stored copy.
 */
export function takeOver(host: SourceHost): void {
  const data = host.querySelector<HTMLScriptElement>(`script[${DATA_MARKER}]`);
  if (data) {
    seedStoredCopy(host, data);
    data.remove();
  }
  const root = host.shadowRoot;
  const served = root ? [...root.childNodes] : [];
  if (!root || !served.length) return;
  for (const node of served) if (node instanceof Element) node.setAttribute('data-served', '');
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(HIDE_RENDERED);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  host.addEventListener(
    'news-load',
    () =>
      void host.updateComplete.then(() => {
        served.forEach((node) => node.remove());
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
      }),
    { once: true },
  );
}

/** The published first page as `src`'s stored copy, unless one as new or newer is kept already. */
function seedStoredCopy(host: SourceHost, data: HTMLScriptElement): void {
  const src = host.src.trim();
  const savedAt = Number(data.dataset.savedAt);
  // Several sources merge into one list: no one of them is the page that was published.
  if (!src || /\s/.test(src) || host.cache <= 0 || !(savedAt > 0)) return;
  const url = new URL(src, document.baseURI).href;
  if ((readStoredCopy(url)?.savedAt ?? -Infinity) >= savedAt) return;
  const text = data.textContent ?? '';
  void writeStoredCopy(url, { text, contentType: 'application/json', url, headers: {}, savedAt });
}
