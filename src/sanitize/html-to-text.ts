import { parseInert } from './parse-inert.js';
/**
 * The readable text of an HTML fragment. An inert DOMParser document runs no script and loads nothing,
 * and it decodes entities the way browsers do.
 */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html;
  const doc = parseInert(html, 'text/html');
  doc.querySelectorAll('script, style, template, noscript').forEach((node) => node.remove());
  doc.querySelectorAll('br, p, div, li, h1, h2, h3, h4, h5, h6, tr').forEach((node) => node.append(' '));
  return doc.body.textContent ?? '';
}
