import { html } from 'lit';
import { highlightPieces } from './filter-items.js';

/** Text with the search's matches in `<mark>`; remote text stays text, never markup. */
export function highlighted(text: string, words: string[]): unknown {
  if (!words.length) return text;
  return highlightPieces(text, words).map((piece) =>
    piece.match ? html`<mark part="match">${piece.text}</mark>` : piece.text,
  );
}
