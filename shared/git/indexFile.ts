// Is a path tracked (in git's index)? Read from the index file directly: a `.env` that is already committed
// stays tracked whatever `.gitignore` says, so writing a secret into it would leak it on the next commit.
// Never runs git (see repository.ts). Index versions 2, 3 and 4; SHA-1 and SHA-256 repositories.

import * as path from 'node:path';
import { relativeInside } from '../workspace/paths';
import { openRepository, readRegularFile } from './repository';

/**
 * True when the index lists `relativePath` (relative to `folderRoot`), false when it does not, undefined
 * when that cannot be told: no repository, no or unreadable index, a split index, an unknown format.
 */
export async function isTrackedByGit(folderRoot: string, relativePath: string): Promise<boolean | undefined> {
  const repository = await openRepository(folderRoot);
  if (!repository) return undefined;
  const fromTop = relativeInside(repository.top, path.resolve(folderRoot, relativePath));
  if (fromTop === undefined || fromTop === '') return false;
  const index = await readRegularFile(path.join(repository.gitDir, 'index'));
  return index instanceof Buffer ? indexContains(index, fromTop, repository.hashSize) : undefined;
}

/** Whether a raw index file lists `wanted` (posix path from the repository root). */
export function indexContains(index: Buffer, wanted: string, hashSize: number): boolean | undefined {
  if (index.length < 12 || index.toString('latin1', 0, 4) !== 'DIRC') return undefined;
  const version = index.readUInt32BE(4);
  if (version < 2 || version > 4) return undefined;
  const count = index.readUInt32BE(8);
  const target = Buffer.from(wanted, 'utf8');
  let offset = 12;
  let previous: Buffer = Buffer.alloc(0);
  for (let n = 0; n < count; n++) {
    const entryStart = offset;
    offset += 40 + hashSize; // stat fields, object id
    if (offset + 2 > index.length) return undefined;
    const flags = index.readUInt16BE(offset);
    offset += 2;
    if (version >= 3 && flags & 0x4000) offset += 2; // extended flags
    let name: Buffer;
    if (version === 4) {
      // Path compressed against the previous entry: strip N bytes from its end, then append a suffix.
      const strip = readOffsetVarint(index, offset);
      if (!strip || strip.value > previous.length) return undefined;
      offset = strip.next;
      const end = index.indexOf(0, offset);
      if (end < 0) return undefined;
      name = Buffer.concat([previous.subarray(0, previous.length - strip.value), index.subarray(offset, end)]);
      offset = end + 1;
    } else {
      const end = index.indexOf(0, offset);
      if (end < 0) return undefined;
      name = index.subarray(offset, end);
      // Entries are NUL-padded to a multiple of 8 bytes.
      offset = entryStart + ((end - entryStart + 8) & ~7);
    }
    if (name.equals(target)) return true;
    previous = name;
  }
  // A split index keeps most entries in a shared file: the answer would be incomplete.
  if (index.toString('latin1', offset, offset + 4) === 'link') return undefined;
  return false;
}

// git's offset encoding (varint.c): 7 bits per byte, high bit = more, each continuation adds one.
function readOffsetVarint(buffer: Buffer, offset: number): { value: number; next: number } | undefined {
  if (offset >= buffer.length) return undefined;
  let byte = buffer[offset++];
  let value = byte & 0x7f;
  while (byte & 0x80) {
    if (offset >= buffer.length || value > 0xffffff) return undefined;
    byte = buffer[offset++];
    value = ((value + 1) << 7) | (byte & 0x7f);
  }
  return { value, next: offset };
}
