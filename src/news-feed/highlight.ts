import { html } from 'lit';
import { highlightPieces, searchWords } from './filter-items.js';

/**
 * What puts the matches of a search in `<mark>` (remote text stays text, never markup); undefined when the
 * search has no words.
 */
export function highlighter(query: string): ((text: string) => unknown) | undefined {
  const words = searchWords(query);
  if (!words.length) return undefined;
  return (text) =>
    highlightPieces(text, words).map((piece) =>
      piece.match ? html`<mark part="match">${piece.text}</mark>` : piece.text,
    );
}
