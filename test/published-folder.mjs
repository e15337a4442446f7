import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { archiveItems, PUBLISHED_ARCHIVE, sourcePage } from './archive-sources.mjs';

/**
 * The fault server's `/__fault/published/<key>/<file>`: one folder that `news-elements publish` (the built
 * CLI, as a webmaster runs it) wrote from the archive of archive-sources.mjs (`PUBLISHED_ARCHIVE` items, 10 a page), served
 * as a static host serves it: ETags answered 304, content-named files immutable. `/__fault/published/<key>/requests`
 * lists the files `<key>`'s folder was asked for, in order, so a test can tell which pages a list read.
 */
export function publishedFolders() {
  let folder;
  const requests = new Map();
  const publish = async () => {
    const work = await mkdtemp(join(tmpdir(), 'news-published-'));
    const source = join(work, 'source.json');
    await writeFile(
      source,
      JSON.stringify(sourcePage(archiveItems(PUBLISHED_ARCHIVE), 'native', 1, PUBLISHED_ARCHIVE).body),
    );
    const out = join(work, 'site');
    const cli = join(process.cwd(), 'bin/news-elements.mjs');
    await promisify(execFile)(process.execPath, [cli, 'publish', source, '--out', out, '--page-size', '10']);
    return out;
  };
  return async function serve(context, [key, file]) {
    // One folder for every key: the keys only keep each test's requests apart.
    folder ??= publish();
    const site = await folder;
    if (file === 'requests') {
      context.type = 'application/json';
      context.body = JSON.stringify(requests.get(key) ?? []);
      return;
    }
    requests.set(key, [...(requests.get(key) ?? []), file]);
    let bytes;
    try {
      bytes = await readFile(join(site, basename(file)));
    } catch {
      context.status = 404;
      return;
    }
    const etag = `"${createHash('sha1').update(bytes).digest('hex')}"`;
    context.set('ETag', etag);
    context.set(
      'Cache-Control',
      /\.[0-9a-f]{12}\.json$/.test(file)
        ? 'public, max-age=31536000, immutable'
        : 'public, max-age=0, must-revalidate',
    );
    if (context.get('If-None-Match') === etag) {
      context.status = 304;
      return;
    }
    context.type = 'application/json';
    context.body = bytes;
  };
}
