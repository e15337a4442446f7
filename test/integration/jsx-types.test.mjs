/**
 * The shipped JSX typings (types/react.d.ts, types/preact.d.ts) type-check real TSX the way an app's
 * compiler sees it: every attribute typed, event props typed by their detail, wrong values rejected
 * (`@ts-expect-error` fails the compile when a wrong value is accepted). Runs tsc after `npm run build`,
 * since the typings point at dist/lib. Files go under node_modules/.cache so the repository's own
 * tsconfig never sees them and `react`/`preact` resolve from the project.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { after, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = `${root}node_modules/.cache/news-elements-jsx-check/`;
after(() => rmSync(dir, { recursive: true, force: true }));

const body = (framework) => `import type {} from '${root}types/${framework}.js';
import type { NewsItem } from '${root}dist/lib/index.js';

export const ok = (
  <div>
    <news-feed
      src="/tin-tuc.json"
      format="wordpress"
      fields={{ items: 'data.danhSach' }}
      lang="vi"
      time-zone="Asia/Ho_Chi_Minh"
      date-format="dd/MM/yyyy | HH:mm"
      views-format="compact"
      page-size={5}
      sort="most-viewed"
      hide="image summary"
      href="/tin?id={id}"
      target="_blank"
      heading-level="2"
      timeout={10}
      cache={0}
      refresh={60}
      source-date-format="dd.MM.yyyy"
      messages={{ retry: 'Tải lại' }}
      onnews-select={(event) => {
        const item: NewsItem = event.detail.item;
        event.preventDefault();
        return item;
      }}
      onnews-load={(event) => event.detail.total.toFixed()}
      onnews-error={(event) => event.detail.error.kind}
    />
    <news-article
      src="/bai-viet/{id}.json"
      article-id="bv-122"
      id-param="ma"
      tools="print share"
      related="/tin-tuc.json"
      count-url="/api/luot-xem"
      heading-level={1}
      // One news-load shape for both elements: item is there only from news-article.
      onnews-load={(event) => event.detail.item?.title ?? event.detail.items[0].title}
      onnews-not-found={(event) => event.detail.id}
    />
  </div>
);

// @ts-expect-error: not a sort order
export const badSort = <news-feed sort="oldest" />;
// @ts-expect-error: messages are UI strings, not numbers
export const badMessages = <news-feed messages={{ retry: 1 }} />;
// @ts-expect-error: news-select carries an item, not items
export const badDetail = <news-feed onnews-select={(event) => event.detail.items} />;
`;

function tsc(project) {
  return new Promise((resolve) => {
    execFile(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', project], (error, stdout) =>
      resolve({ code: error ? error.code : 0, stdout }),
    );
  });
}

for (const [framework, jsxImportSource] of [
  ['react', 'react'],
  ['preact', 'preact'],
]) {
  it(`the ${framework} typings accept every attribute and reject wrong values`, async () => {
    const sub = `${dir}${framework}/`;
    mkdirSync(sub, { recursive: true });
    writeFileSync(`${sub}app.tsx`, body(framework));
    writeFileSync(
      `${sub}tsconfig.json`,
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          jsx: 'react-jsx',
          jsxImportSource,
          types: [],
          // The shipped .d.ts files must compile themselves; other packages' typings are not ours to check.
          skipLibCheck: false,
        },
        files: ['app.tsx'],
      }),
    );
    const { code, stdout } = await tsc(`${sub}tsconfig.json`);
    const ours = stdout
      .split('\n')
      .filter(
        (line) => (line && !line.includes('node_modules/')) || line.includes('news-elements-jsx-check'),
      );
    assert.equal(code, 0, ours.join('\n') || stdout);
  });
}
