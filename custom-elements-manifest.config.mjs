/** The manifest documents the public source; tests and test helpers are not part of it. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  litelement: true,
};
