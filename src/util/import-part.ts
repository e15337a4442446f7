import { NewsError } from '../errors.js';

/**
 * How `dist/news-elements.js` and its chunks import their on-demand parts: the build rewrites each `import()`
 * of a chunk into a call of this (vite.config.ts, `partImports`), so that
 * - a retry asks for a fresh URL: Firefox keeps a failed dynamic import failed for the page's lifetime, and
 *   WebKit fails the next import of the same URL once more, so "Thử lại" after a network drop would never
 *   bring the part back there (Chromium fetches again);
 * - a part that is not there (a site that copied only `news-elements.js`), or that does not run (served as
 *   something other than JavaScript, or not matching an integrity hash the page pins), is told apart from a
 *   network that drops: a setup problem, said as such in the console with
 *   the file's URL, and not retried (a network failure goes on to `chunkUnavailable`).
 * - the other chunks the part imports (`alongside`: their file names, space-separated, as the build writes
 *   them) are asked for with it, not a round trip after it, when the browser would have read its imports.
 * The npm modules and the dev server keep their plain `import()`s: their bundler or server owns loading.
 */
const failures = new Map<string, number>();

export async function importPart(specifier: string, base: string, alongside?: string): Promise<unknown> {
  const url = new URL(specifier, base).href;
  // What fails here fails the part's own import too, which reports it.
  alongside
    ?.split(' ')
    .forEach((file) => import(/* @vite-ignore */ new URL(file, base).href).catch(() => undefined));
  const tries = failures.get(url) ?? 0;
  try {
    return await import(/* @vite-ignore */ tries ? `${url}?retry=${tries}` : url);
  } catch (error) {
    failures.set(url, tries + 1);
    // The server's answer, asked outside the module loader: none means the network.
    const status = await fetch(url, { cache: 'no-store' }).then(
      (answer) => answer.status,
      () => 0,
    );
    if (!status) throw error;
    const setup = new NewsError(
      'setup',
      status === 200
        ? `news-elements: ${url} is there but did not run: it must be served as text/javascript, unchanged (an integrity hash the page pins must match).`
        : `news-elements: ${url} (HTTP ${status}) did not load as a script. Copy the whole folder of news-elements.js, or use news-elements.standalone.js.`,
      { url, status, cause: error },
    );
    console.error(setup.message);
    throw setup;
  }
}
