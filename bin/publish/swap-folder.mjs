/**
 * Writes a whole output folder or nothing. The new files go into a temporary folder beside `<dir>` (same
 * file system, so a rename moves it), which then takes `<dir>`'s place: a run that fails before the swap
 * leaves the previous output exactly as it was, and readers never see half a folder. A file whose bytes did
 * not change is hard-linked from the previous output, keeping its modification time (and so the ETag and
 * Last-Modified a static server derives from it); a run that changes nothing touches nothing at all.
 */
import { randomBytes } from 'node:crypto';
import {
  copyFile,
  link,
  mkdir,
  readFile,
  readdir,
  rename,
  rm,
  stat,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';

/** Every file under `dir`, as paths relative to it ('/'-separated); empty when `dir` does not exist. */
async function listFiles(dir) {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    if (error.code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      relative(dir, join(entry.parentPath ?? entry.path, entry.name))
        .split('\\')
        .join('/'),
    );
}

async function sameBytes(path, bytes) {
  try {
    return Buffer.compare(await readFile(path), bytes) === 0;
  } catch (error) {
    if (error.code === 'ENOENT') return false;
    throw error;
  }
}

/** `from` at `to`, the same file where the file system allows (its time kept either way). */
async function keep(from, to) {
  try {
    await link(from, to);
  } catch {
    await copyFile(from, to);
    const { atime, mtime } = await stat(from);
    await utimes(to, atime, mtime);
  }
}

/**
 * Makes `dir` hold exactly `files` (a Map of '/'-separated relative path → Buffer). Returns what changed:
 * `{ written: [paths], kept: [paths], removed: [paths] }`; all empty but `kept` when nothing changed.
 */
export async function swapFolder(dir, files) {
  const previous = await listFiles(dir);
  const unchanged = new Set();
  for (const [path, bytes] of files) if (await sameBytes(join(dir, path), bytes)) unchanged.add(path);
  const removed = previous.filter((path) => !files.has(path));
  const written = [...files.keys()].filter((path) => !unchanged.has(path));
  if (!written.length && !removed.length) return { written, kept: [...unchanged], removed };

  const suffix = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const temporary = join(dirname(dir), `.${basename(dir)}.publishing-${suffix}`);
  const old = join(dirname(dir), `.${basename(dir)}.previous-${suffix}`);
  try {
    await mkdir(temporary, { recursive: true });
    for (const [path, bytes] of files) {
      const target = join(temporary, path);
      await mkdir(dirname(target), { recursive: true });
      if (unchanged.has(path)) await keep(join(dir, path), target);
      else await writeFile(target, bytes);
    }
    const hadPrevious = previous.length > 0 || (await exists(dir));
    if (hadPrevious) await rename(dir, old);
    try {
      await rename(temporary, dir);
    } catch (error) {
      if (hadPrevious) await rename(old, dir);
      throw error;
    }
    if (hadPrevious) await rm(old, { recursive: true, force: true });
  } finally {
    await rm(temporary, { recursive: true, force: true });
  }
  return { written, kept: [...unchanged], removed };
}

async function exists(path) {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
