/**
 * Digits grouped by threes with one mark (`1.234.567` in Vietnamese, `1,234,567` in English, `1 234 567`
 * with a space or no-break space, `1'234` in Swiss German), then perhaps a fraction after the other mark.
 */
const GROUPED = /^(\d{1,3})(?:([.,\s'’])\d{3})(?:\2\d{3})*(?:(?!\2)[.,]\d+)?$/u;
/** A plain number, perhaps with a fraction after either mark: `1234`, `12,5`, `3.75`. */
const PLAIN = /^\d+(?:[.,]\d+)?$/;

/**
 * A count (views, sizes, totals) as a whole non-negative number, or undefined for a value no one meant as
 * one. A number is floored (`12.7` → 12, `-0` → 0); a negative, non-finite or unsafely large one is no count.
 * A string is read in both of the conventions our sites write: views are whole numbers, so a mark followed by
 * exactly three digits groups thousands whichever mark the CMS's language uses (`1.234` in a vi CMS and
 * `1,234` in an en one are both 1234), and the other mark after such groups starts a fraction (`1.234,5` and
 * `1,234.5` are both 1234). A single mark followed by other than three digits is a fraction (`12,5` → 12).
 * Anything else (`1.2K`, `-5`, `122 lượt xem`, `Infinity`) is no count.
 */
export function readCount(value: unknown): number | undefined {
  const n = typeof value === 'string' ? fromText(value.trim()) : value;
  // `+ 0` makes -0 a plain 0: `-0` would show as "-0 lượt xem".
  return typeof n === 'number' && n >= 0 && n <= Number.MAX_SAFE_INTEGER ? Math.floor(n) + 0 : undefined;
}

function fromText(text: string): number {
  const grouped = GROUPED.exec(text);
  // The fraction's mark is the one that does not group (either, after groups of spaces or apostrophes).
  const [whole, fraction = '0'] = grouped
    ? text.split(grouped[2] === '.' ? ',' : grouped[2] === ',' ? '.' : /[.,]/)
    : PLAIN.test(text)
      ? text.split(/[.,]/)
      : [];
  return whole === undefined ? NaN : Number(`${whole.replace(/\D/g, '')}.${fraction}`);
}
