/** The manifest documents the public source; tests and test helpers are not part of it. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  litelement: true,
  plugins: [
    {
      // The analyzer lists modules in the file system's order, which differs between checkouts: sort them, so
      // that the committed manifest is the one every clean build makes.
      name: 'news-elements-stable-order',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
