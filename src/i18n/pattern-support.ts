import { withoutTimeOfDay } from './date-pattern.js';
import { describeMistake, patternMistake } from './date-pattern-mistakes.js';
import { formatPattern as formatWithDateFns } from './format-pattern.js';

const warned = new Set<string>();

/**
 * What `patternSupport` loads: date-fns patterns, with a pattern written in another tool's language
 * (`dd/mm/yyyy`, `d/m/Y H:i`, `%d/%m/%Y`) read as its author meant and said once in the console, so that
 * no page shows minutes where the months go.
 */
export function formatPattern(
  date: Date,
  pattern: string,
  options: Parameters<typeof formatWithDateFns>[2] & { dateOnly?: boolean },
): string | undefined {
  const mistake = patternMistake(pattern);
  if (mistake && !warned.has(pattern)) {
    warned.add(pattern);
    console.warn(`news-elements: ${describeMistake(mistake)}.`);
  }
  const intended = mistake?.intended ?? pattern;
  // A date without a time of day shows the pattern's date part (as numeric patterns do, format-date.ts).
  const shown = (options.dateOnly && withoutTimeOfDay(intended)) || intended;
  return formatWithDateFns(date, shown, options);
}
