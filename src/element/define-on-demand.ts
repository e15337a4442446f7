import { defineElement } from './define-element.js';

/**
 * Registers `tagName` the moment the page uses it, loading its class then: a page with only a feed never
 * downloads the article's code. The element is looked for in the document now and on every insertion after;
 * an element inside another component's shadow root is not seen, and such pages import the class instead.
 */
export function defineOnDemand(tagName: string, load: () => Promise<CustomElementConstructor>): void {
  if (customElements.get(tagName)) return;
  let started = false;
  const observer = new MutationObserver((records) => {
    const added = records.some((record) =>
      [...record.addedNodes].some(
        (node) => node instanceof Element && (node.localName === tagName || node.querySelector(tagName)),
      ),
    );
    if (added) start();
  });
  const start = () => {
    if (started) return;
    started = true;
    observer.disconnect();
    load().then(
      (element) => defineElement(tagName, element),
      (error: unknown) => console.error(`news-elements: could not load <${tagName}>:`, error),
    );
  };
  if (document.querySelector(tagName)) start();
  else observer.observe(document, { childList: true, subtree: true });
}
