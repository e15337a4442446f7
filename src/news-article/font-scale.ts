import { readStored, writeStored } from './safe-storage.js';

/** Text sizes A− … A+ offers, as factors of the article's base size. */
export const FONT_SCALES = [0.875, 1, 1.125, 1.25, 1.5] as const;
export const DEFAULT_SCALE_INDEX = 1;
const KEY = 'news-elements:font-scale';

/** The size the visitor chose on an earlier page, or the default. */
export function storedScaleIndex(): number {
  const raw = readStored('local', KEY);
  const stored = raw === null ? NaN : Number(raw);
  return Number.isInteger(stored) && stored >= 0 && stored < FONT_SCALES.length
    ? stored
    : DEFAULT_SCALE_INDEX;
}

export function storeScaleIndex(index: number): void {
  writeStored('local', KEY, String(index));
}
