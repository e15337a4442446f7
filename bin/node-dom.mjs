/**
 * The adapters read XML and strip HTML with the browser's DOMParser. Node has none: jsdom (an optional
 * dependency) supplies it; without it JSON sources whose text has no markup still work, and anything else
 * fails with a message that says what to install rather than a bare ReferenceError. Shared by `check` and
 * `publish`, which read sources through the same adapters.
 */
export async function provideDomParser() {
  if (globalThis.DOMParser) return true;
  try {
    const { JSDOM } = await import('jsdom');
    globalThis.DOMParser = new JSDOM('').window.DOMParser;
    return true;
  } catch {
    globalThis.DOMParser = class {
      parseFromString() {
        throw new Error(
          'reading RSS/Atom or HTML inside items needs the optional dependency jsdom: npm install jsdom@26',
        );
      }
    };
    return false;
  }
}
