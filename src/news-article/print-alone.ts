const PRINTING = 'data-news-printing';

let sheet: CSSStyleSheet | undefined;

/**
 * "In bài" prints the article, not the portal around it. The host page is outside our shadow root, so a
 * document-level sheet hides everything but the element being printed, for the duration of the print only.
 * A constructed sheet needs no `style-src 'unsafe-inline'`. `body [mark]` ties `body:has([mark]) *` in
 * specificity and comes later, so the article and its content win.
 */
export function printAlone(element: HTMLElement): void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`@media print {
      body:has([${PRINTING}]) * { visibility: hidden !important; }
      body [${PRINTING}], body [${PRINTING}] * { visibility: visible !important; }
      [${PRINTING}] { position: absolute !important; inset: 0 0 auto 0 !important; margin: 0 !important; }
    }`);
  }
  if (!document.adoptedStyleSheets.includes(sheet)) {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  element.setAttribute(PRINTING, '');
  // print() blocks in some browsers and not in others; afterprint fires in all. Were it lost, the mark
  // would only matter to a later print, which would then also print the article alone.
  window.addEventListener('afterprint', () => element.removeAttribute(PRINTING), { once: true });
  window.print();
}
