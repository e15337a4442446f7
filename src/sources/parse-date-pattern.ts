import { chunkUnavailable } from '../errors.js';
import type { WallTime } from '../i18n/time-zone.js';
import { lazyModule } from '../internal/lazy-module.js';

/** date-fns `parse` with our reading of its results, kept out of the main bundle. */
const patternReader = lazyModule(() => import('./pattern-reader.js').catch(chunkUnavailable));

/**
 * Loads the reader of `source-date-format` patterns. Until it has arrived, patterns are ignored and the
 * built-in forms are used.
 */
export const loadSourcePatternSupport = (): Promise<void> => patternReader.load().then(() => undefined);

export type PatternReading =
  { wall: WallTime; dateOnly: boolean } | { instant: Date; dateOnly: boolean } | undefined;

/** `text` read with the date-fns pattern (see `readWithDateFns`); undefined until support is loaded. */
export const readWithPattern = (text: string, pattern: string): PatternReading =>
  patternReader.loaded?.readWithDateFns(text, pattern);
