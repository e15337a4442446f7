/**
 * The last pass of the page build: in every chunk, each binding the chunk exports, or imports from another
 * chunk, takes the name it travels under, so `export{Dt as $}` becomes `export{$}` and
 * `import{$ as e}from"./news-elements.js"` becomes `import{$}from"./news-elements.js"`.
 *
 * The bundler names a chunk's exports (`$`, `A`, `B`…) and the minifiers then name its bindings on their
 * own, so each of the 80-odd bindings that the entry shares with the parts was spelt twice, and each part
 * spelt its imports twice again: about 0.16 KiB of the entry's gzip, which every page downloads. Terser
 * renames the bindings (`nameCache` seeds the names; it moves any other binding out of their way, in
 * every scope), without compressing again, and composes the source map.
 */
import { minify } from 'terser';

const IMPORTS = /\bimport\{([^}]*)\}from(["'`])[^"'`]+\2/g;
const EXPORTS = /\bexport\{([^}]*)\}/g;

/** `a as b` pairs of an import or export list (`a` alone travels as itself: nothing to do). */
const aliases = (list) =>
  list
    .split(',')
    .map((entry) => entry.trim().split(/\s+as\s+/))
    .filter((pair) => pair.length === 2);

/** Which of the chunk's top-level bindings should be called what: the name each travels under. */
function travelNames(code) {
  const names = new Map();
  const taken = new Set();
  const seed = (binding, name) => {
    // Two imports may travel as the same name from two chunks. Only the bundler's short names: a public
    // name (`NewsFeedElement`, `default`) is longer than the binding's, and spelling it at every use costs.
    if (names.has(binding) || taken.has(name) || !/^[A-Za-z_$][\w$]{0,2}$/.test(name)) return;
    names.set(binding, name);
    taken.add(name);
  };
  for (const [, list] of code.matchAll(IMPORTS))
    for (const [name, binding] of aliases(list)) seed(binding, name);
  for (const [, list] of code.matchAll(EXPORTS))
    for (const [binding, name] of aliases(list)) seed(binding, name);
  return names;
}

export function alignChunkNames() {
  return {
    name: 'news-elements-align-chunk-names',
    apply: 'build',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const names = travelNames(chunk.code);
        if (!names.size) continue;
        const props = Object.fromEntries([...names].map(([binding, name]) => [`$${binding}`, name]));
        // The source map is an asset of its own by now, and the chunk ends with the comment that names it.
        const map = bundle[`${chunk.fileName}.map`];
        const comment = /\n\/\/# sourceMappingURL=\S+\s*$/.exec(chunk.code)?.[0] ?? '';
        const result = await minify(chunk.code.slice(0, chunk.code.length - comment.length), {
          module: true,
          compress: false,
          mangle: { toplevel: true },
          nameCache: { vars: { props } },
          format: { comments: false },
          sourceMap: map?.type === 'asset' ? { content: String(map.source) } : false,
        });
        chunk.code = result.code + comment;
        if (map?.type === 'asset' && result.map) map.source = result.map;
      }
    },
  };
}
