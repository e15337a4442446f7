import { html, type TemplateResult } from 'lit';

/**
 * A real `<h1>`…`<h6>` chosen at run time. Lit cannot bind a tag name, and static-html costs bytes and
 * lints badly, so each level is its own literal template.
 */
const LEVELS: Record<number, (content: unknown, part: string) => TemplateResult> = {
  1: (content, part) => html`<h1 part=${part} class=${part}>${content}</h1>`,
  2: (content, part) => html`<h2 part=${part} class=${part}>${content}</h2>`,
  3: (content, part) => html`<h3 part=${part} class=${part}>${content}</h3>`,
  4: (content, part) => html`<h4 part=${part} class=${part}>${content}</h4>`,
  5: (content, part) => html`<h5 part=${part} class=${part}>${content}</h5>`,
  6: (content, part) => html`<h6 part=${part} class=${part}>${content}</h6>`,
};

/** A heading of `level` (clamped to 1–6, default `fallback`) whose part and class are both `part`. */
export function heading(level: number, content: unknown, part: string, fallback = 2): TemplateResult {
  const clamped = Number.isFinite(level) ? Math.min(6, Math.max(1, Math.round(level))) : fallback;
  return LEVELS[clamped](content, part);
}
