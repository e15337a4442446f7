/**
 * Members marked `@internal` (`Class#member`): found while analysing, dropped once the manifest is linked,
 * as private members are.
 */
const internal = new Set();

/** The manifest documents the public source; tests and test helpers are not part of it. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  litelement: true,
  plugins: [
    {
      // The analyzer leaves out an `@internal` field, but then adds it back as a reactive property when the
      // class lists it in `static get properties()`: such fields must stay out all the same.
      name: 'news-elements-internal-members',
      analyzePhase({ ts, node }) {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        for (const member of node.members) {
          const internalTag = ts.getJSDocTags(member).some((tag) => tag.tagName.text === 'internal');
          if (internalTag && member.name) internal.add(`${node.name.text}#${member.name.getText()}`);
        }
      },
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (!declaration.members) continue;
            declaration.members = declaration.members.filter(
              (member) =>
                !internal.has(`${declaration.name}#${member.name}`) &&
                // Private members (TypeScript's and `#` fields) are nobody's API: a long field initializer
                // would otherwise be copied into the manifest whole.
                member.privacy !== 'private' &&
                !member.name.startsWith('#'),
            );
          }
        }
      },
    },
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
