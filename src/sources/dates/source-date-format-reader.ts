import { parse } from 'date-fns/parse';
import type { PatternReading } from './date-forms.js';

/**
 * Reads `text` with the date-fns pattern. A pattern with a zone token (`X`, `x`, `O`) gives an instant;
 * otherwise the wall-clock fields, for the caller to place in the source's time zone. Undefined when the
 * text does not fit the pattern.
 */
export function readWithDateFns(text: string, pattern: string): PatternReading {
  const tokens = pattern.replace(/'[^']*'/g, '');
  const dateOnly = !/[HhKkmsa]/.test(tokens);
  let parsed: Date;
  try {
    // The reference date only fills fields the pattern lacks; a fixed one keeps results reproducible.
    parsed = parse(text, pattern, new Date(2000, 0, 1));
  } catch {
    return undefined;
  }
  if (isNaN(parsed.getTime())) return undefined;
  if (/[XxO]/.test(tokens)) return { instant: parsed, dateOnly };
  return {
    wall: {
      year: parsed.getFullYear(),
      month: parsed.getMonth() + 1,
      day: parsed.getDate(),
      hour: parsed.getHours(),
      minute: parsed.getMinutes(),
      second: parsed.getSeconds(),
      millisecond: parsed.getMilliseconds(),
    },
    dateOnly,
  };
}
