import type { WallTime } from '../i18n/time-zone.js';

type Reader = typeof import('./pattern-reader.js').readWithDateFns;

let reader: Reader | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads date-fns `parse` with our reading of its results (kept out of the main bundle) so that
 * `source-date-format` patterns can be read. Memoised: call it as often as you like; until it resolves,
 * patterns are ignored and the built-in forms are used.
 */
export function loadSourcePatternSupport(): Promise<void> {
  loading ??= import('./pattern-reader.js').then(
    (module) => {
      reader = module.readWithDateFns;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

export const sourcePatternSupportLoaded = (): boolean => reader !== undefined;

export type PatternReading =
  { wall: WallTime; dateOnly: boolean } | { instant: Date; dateOnly: boolean } | undefined;

/** `text` read with the date-fns pattern (see `readWithDateFns`); undefined until support is loaded. */
export const readWithPattern = (text: string, pattern: string): PatternReading => reader?.(text, pattern);
