import { readDate, type DateReading } from './date-forms.js';
import { readNamedDate } from './named-date.js';
import { readWithDateFns } from './source-date-format-reader.js';

export type { DateReading, SourceDate } from './date-forms.js';

/**
 * Reads the date forms ward sites publish, without configuration. Dates without an offset are wall-clock
 * times in `timeZone` (the visitor's when undefined).
 */
export function readSourceDate(value: unknown, timeZone: string | undefined, pattern?: string): DateReading {
  return readDate(value, timeZone, pattern ? { pattern, read: readWithDateFns } : undefined, readNamedDate);
}
