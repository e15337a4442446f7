/**
 * A module fetched on first need and then kept: `loaded` is there synchronously once it has arrived, so a
 * render can use it without waiting, and `load()` shares one request among every caller on the page.
 */
export interface LazyModule<M> {
  readonly loaded: M | undefined;
  load(): Promise<M>;
}

export function lazyModule<M>(importer: () => Promise<M>): LazyModule<M> {
  let loading: Promise<M> | undefined;
  const lazy = {
    loaded: undefined as M | undefined,
    load: () =>
      (loading ??= importer().then(
        (module) => (lazy.loaded = module),
        (error: unknown) => {
          // A failed download (offline for a moment) may succeed on the next need.
          loading = undefined;
          throw error;
        },
      )),
  };
  return lazy;
}
