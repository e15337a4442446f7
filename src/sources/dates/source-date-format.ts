import { chunkUnavailable } from '../../errors.js';
import type { WallTime } from '../../i18n/time-zone.js';
import { lazyModule } from '../../util/lazy-module.js';

/**
 * The reader of the `source-date-format` attribute (date-fns `parse` and our reading of its results, in
 * source-date-format-reader.ts), kept out of the main bundle: this module is what the bundle holds of it.
 */
const patternReader = lazyModule(() => import('./source-date-format-reader.js').catch(chunkUnavailable));

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
