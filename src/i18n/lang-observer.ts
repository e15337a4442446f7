/**
 * One MutationObserver for every element on the page, so that a change of any `lang` attribute
 * (the page's, an ancestor's) reaches the elements that inherit it.
 */
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

export function observeLangChanges(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((notify) => notify()));
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}

/** How many elements follow `lang` changes now; leak tests check it falls back to zero. */
export const langObserverCount = (): number => listeners.size;
