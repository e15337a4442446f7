/**
 * A ZIP archive (PKWARE APPNOTE 6.3, the subset every unzipper reads) from Node's own zlib, so that
 * `npm run release` needs nothing downloaded: each file deflated (stored when that is no smaller), CRC-32,
 * UTF-8 names, one fixed modification time for every entry so the same files always give the same bytes.
 * No ZIP64: the release is a few hundred kilobytes, and a file or archive over 4 GiB is refused.
 */
import { crc32, deflateRawSync } from 'node:zlib';

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** Bit 11: the name is UTF-8. */
const UTF8_NAME = 0x0800;
const STORED = 0;
const DEFLATED = 8;
/** "Made by" Unix (3) so that permissions in the external attributes are read; version 2.0 of the format. */
const MADE_BY_UNIX = (3 << 8) | 20;
const NEEDED_VERSION = 20;
const LIMIT = 0xffffffff;

/**
 * MS-DOS date and time, two-second resolution, 1980 at the earliest. The format means local time; UTC is
 * written, so that the archive's bytes do not depend on the zone of the machine that made it.
 */
function dosDateTime(date) {
  const year = Math.max(date.getUTCFullYear(), 1980);
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    day: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/**
 * `entries`: `[{ name: 'folder/file.js', data: Buffer | string }]`, in the order they should be listed.
 * Returns the archive's bytes.
 */
export function zip(entries, { modified = new Date() } = {}) {
  const { time, day } = dosDateTime(modified);
  const locals = [];
  const centrals = [];
  let offset = 0;
  const names = new Set();
  for (const entry of entries) {
    if (names.has(entry.name)) throw new Error(`zip: ${entry.name} is listed twice`);
    names.add(entry.name);
    const name = Buffer.from(entry.name, 'utf8');
    const data = Buffer.isBuffer(entry.data) ? entry.data : Buffer.from(entry.data, 'utf8');
    const deflated = deflateRawSync(data, { level: 9 });
    const [method, body] = deflated.length < data.length ? [DEFLATED, deflated] : [STORED, data];
    if (data.length >= LIMIT || offset >= LIMIT) throw new Error(`zip: ${entry.name} needs ZIP64`);
    const crc = crc32(data);

    // The local header and the central directory's entry share this run of fields, at 6 and at 8.
    const fields = (header, at) => {
      header.writeUInt16LE(UTF8_NAME, at);
      header.writeUInt16LE(method, at + 2);
      header.writeUInt16LE(time, at + 4);
      header.writeUInt16LE(day, at + 6);
      header.writeUInt32LE(crc, at + 8);
      header.writeUInt32LE(body.length, at + 12);
      header.writeUInt32LE(data.length, at + 16);
      header.writeUInt16LE(name.length, at + 20);
      return header;
    };

    const local = fields(Buffer.alloc(30), 6);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    local.writeUInt16LE(NEEDED_VERSION, 4);
    locals.push(local, name, body);

    const central = fields(Buffer.alloc(46), 8);
    central.writeUInt32LE(CENTRAL_HEADER, 0);
    central.writeUInt16LE(MADE_BY_UNIX, 4);
    central.writeUInt16LE(NEEDED_VERSION, 6);
    // Extra field, comment, disk number, internal attributes: none. External: a regular file, rw-r--r--.
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);

    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
