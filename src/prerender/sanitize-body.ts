import './node-page.js';
import { JSDOM } from 'jsdom';

// An article's lead is compared with its body's text, read by DOMParser: jsdom's, which bodies need anyway.
const parser = globalThis as { DOMParser?: unknown };
parser.DOMParser ??= new JSDOM('').window.DOMParser;
import { sanitizeHtml } from '../sanitize/sanitize-html.js';
import { purifyEngine } from '../sanitize/sanitize-purify.js';
import type { SanitizeOptions } from '../sanitize/sanitize-rules.js';
import { describeImages } from '../news-article/image-alt.js';

/**
 * An article body sanitized in Node exactly as a browser without the HTML Sanitizer API does it: the same
 * DOMPurify engine, allow-list and rewrites (src/sanitize/sanitize-*.ts), on jsdom's DOM (a DOM made for
 * this; no regular expressions), serialized. `pageUrl`: the page it will show on (links elsewhere open in a
 * new tab).
 */
export async function sanitizeBody(html: string, options: SanitizeOptions, pageUrl: string): Promise<string> {
  const { window } = new JSDOM('', { url: pageUrl });
  const view = window as unknown as typeof globalThis;
  try {
    const body = await sanitizeHtml(html, options, Promise.resolve(purifyEngine(view)));
    describeImages(body);
    const holder = window.document.createElement('div');
    holder.append(body);
    return holder.innerHTML;
  } finally {
    window.close();
  }
}
