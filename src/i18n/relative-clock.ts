/**
 * One timer for every relative date on the page ("2 giờ trước"), running only while something listens
 * and the tab is visible.
 */
const TICK_MS = 30_000;
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;
let watchingVisibility = false;

export function onRelativeClockTick(listener: () => void): () => void {
  listeners.add(listener);
  if (!watchingVisibility) {
    watchingVisibility = true;
    document.addEventListener('visibilitychange', () => {
      syncTimer();
      if (document.visibilityState === 'visible') tickRelativeClock();
    });
  }
  syncTimer();
  return () => {
    listeners.delete(listener);
    syncTimer();
  };
}

/** Tells every listener that time has moved; the timer calls it, and tests may too. */
export function tickRelativeClock(): void {
  listeners.forEach((notify) => notify());
}

function syncTimer(): void {
  const wanted = listeners.size > 0 && document.visibilityState !== 'hidden';
  if (wanted && !timer) {
    timer = setInterval(tickRelativeClock, TICK_MS);
  } else if (!wanted && timer) {
    clearInterval(timer);
    timer = undefined;
  }
}

/** How many elements listen to the clock now; leak tests check it falls back to zero. */
export const relativeClockListenerCount = (): number => listeners.size;
