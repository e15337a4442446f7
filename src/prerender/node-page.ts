/**
 * What the elements' modules and templates read of a browser, for rendering them in Node: Lit's own DOM
 * shim (`HTMLElement`, `customElements`, `Element`, `document`, …), which @lit-labs/ssr documents for this,
 * and the address of the page being rendered, which the templates read as a browser's `location`
 * (share links, the JSON-LD's page, which links open in a new tab). Imported first by every pre-rendering
 * module. The adapters read HTML inside items with a DOMParser, which the process provides as for `check`
 * (bin/node-dom.mjs: jsdom's, an optional dependency). A process that may already have a stand-in
 * `document` (the publish command's reading of a source) imports this, and awaits it, before them: the shim loads asynchronously, and Lit, which reads `document` as
 * it loads, could otherwise load first.
 */
import '@lit-labs/ssr/lib/install-global-dom-shim.js';

/** A placeholder origin for pages whose public address is not known: no real site has it. */
export const UNKNOWN_PAGE = 'https://news-elements.invalid/';

/** `render` as if it ran on the page at `pageUrl`. */
export async function atPage<T>(pageUrl: string, render: () => Promise<T>): Promise<T> {
  const shim = globalThis as unknown as { location: URL; navigator?: object; window?: object };
  const before = { location: shim.location, window: shim.window };
  shim.location = new URL(pageUrl);
  // As a browser whose voices have not loaded and that cannot share natively (Node 20 has no navigator):
  // what the article's toolbar shows where the visitor's browser is such.
  shim.navigator ??= {};
  shim.window = { location: shim.location, print() {} };
  try {
    return await render();
  } finally {
    Object.assign(shim, before);
  }
}
