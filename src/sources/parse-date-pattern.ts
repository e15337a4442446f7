import type { WallTime } from '../i18n/time-zone.js';

type ParseFn = (dateStr: string, formatStr: string, referenceDate: Date) => Date;

let parseFn: ParseFn | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads date-fns `parse` (kept out of the main bundle) so that `source-date-format` patterns can be read.
 * Memoised: call it as often as you like; until it resolves, patterns are ignored and the built-in forms
 * are used.
 */
export function loadSourcePatternSupport(): Promise<void> {
  loading ??= import('date-fns/parse').then(
    (module) => {
      parseFn = module.parse;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

export const sourcePatternSupportLoaded = (): boolean => parseFn !== undefined;

export type PatternReading =
  { wall: WallTime; dateOnly: boolean } | { instant: Date; dateOnly: boolean } | undefined;

/**
 * Reads `text` with the date-fns pattern. A pattern with a zone token (`X`, `x`, `O`) gives an instant;
 * otherwise the wall-clock fields, for the caller to place in the source's time zone. Undefined when the
 * text does not fit the pattern or support is not loaded yet.
 */
export function readWithPattern(text: string, pattern: string): PatternReading {
  if (!parseFn) return undefined;
  const tokens = pattern.replace(/'[^']*'/g, '');
  const dateOnly = !/[HhKkmsa]/.test(tokens);
  let parsed: Date;
  try {
    // The reference date only fills fields the pattern lacks; a fixed one keeps results reproducible.
    parsed = parseFn(text, pattern, new Date(2000, 0, 1));
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
