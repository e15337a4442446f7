/**
 * A module fetched on first need and then kept: `loaded` is there synchronously once it has arrived, so a
 * render can use it without waiting, and `load()` shares one request among every caller on the page.
 */
export interface LazyModule<M> {
  readonly loaded: M | undefined;
  /**
   * The last download failed and no other is under way: renders go on without it; the next `load()` (a
   * retry) asks again.
   */
  readonly failed: boolean;
  /** What the last download failed with, while `failed`. */
  readonly failure: unknown;
  load(): Promise<M>;
}

export function lazyModule<M>(importer: () => Promise<M>): LazyModule<M> {
  let loading: Promise<M> | undefined;
  const lazy = {
    loaded: undefined as M | undefined,
    failed: false,
    failure: undefined as unknown,
    load: () => {
      if (loading) return loading;
      lazy.failed = false;
      lazy.failure = undefined;
      return (loading = importer().then(
        (module) => (lazy.loaded = module),
        (error: unknown) => {
          lazy.failed = true;
          lazy.failure = error;
          loading = undefined;
          throw error;
        },
      ));
    },
  };
  return lazy;
}
