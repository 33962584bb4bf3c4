// Reads one file for scanning, or says why it is skipped. Opens with O_NONBLOCK and checks the opened handle
// (not a prior stat), so a FIFO never blocks and a file swapped between listing and reading is caught.

import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { skippedForError } from './errors';
import type { ReadResult, SkippedFile } from './types';

const SNIFF_BYTES = 8 * 1024;
/** Share of control bytes above which a sample is treated as binary (NUL alone already is). */
const CONTROL_RATIO = 0.1;

export async function readScannableFile(path: string, options: { readonly maxFileSizeBytes: number }): Promise<ReadResult> {
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return skip(skippedForError(path, error));
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return skip({ path, reason: 'special-file', detail: describeSpecial(info) });
    if (info.size > options.maxFileSizeBytes) return skip(tooLarge(path, info.size, options.maxFileSizeBytes));
    const bytes = await readAtMost(handle, options.maxFileSizeBytes + 1);
    // The file may have grown since the stat.
    if (bytes.length > options.maxFileSizeBytes) return skip(tooLarge(path, bytes.length, options.maxFileSizeBytes));
    const text = decodeText(bytes);
    if (text === undefined) return skip({ path, reason: 'binary' });
    return { kind: 'text', text };
  } catch (error) {
    return skip(skippedForError(path, error));
  } finally {
    await handle.close().catch(() => undefined);
  }
}

function skip(skipped: SkippedFile): ReadResult {
  return { kind: 'skipped', skipped };
}

function tooLarge(path: string, size: number, limit: number): SkippedFile {
  let [sizeText, limitText] = [formatBytes(size), formatBytes(limit)];
  // Rounding must not produce "1 KiB exceeds the 1 KiB limit".
  if (sizeText === limitText) [sizeText, limitText] = [`${size} B`, `${limit} B`];
  return { path, reason: 'too-large', detail: `${sizeText} exceeds the ${limitText} limit` };
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${+(bytes / 1024).toFixed(1)} KiB`;
  return `${+(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

export function describeSpecial(info: {
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isDirectory(): boolean;
}): string {
  if (info.isFIFO()) return 'named pipe';
  if (info.isSocket()) return 'socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device';
  if (info.isDirectory()) return 'directory';
  return 'not a regular file';
}

async function readAtMost(handle: FileHandle, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total < limit) {
    const chunk = Buffer.allocUnsafe(Math.min(64 * 1024, limit - total));
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
  }
  return Buffer.concat(chunks, total);
}

/**
 * The text of `bytes`, or undefined when they look binary. UTF-16 with a BOM is decoded; UTF-8 loses its BOM
 * (as editors do, so offsets match what the editor shows) and invalid sequences become U+FFFD, one per
 * sequence, so a mostly-text file with stray Latin-1 bytes is still scanned.
 */
export function decodeText(bytes: Uint8Array): string | undefined {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeOrUndefined('utf-16le', bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeOrUndefined('utf-16be', bytes);
  if (looksBinary(bytes.subarray(0, SNIFF_BYTES))) return undefined;
  return new TextDecoder('utf-8').decode(bytes);
}

function decodeOrUndefined(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    return undefined;
  }
}

export function looksBinary(sample: Uint8Array): boolean {
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    // Tab, LF, VT, FF, CR and ESC (ANSI colours in logs) are text.
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0b && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) || byte === 0x7f) {
      control++;
    }
  }
  return sample.length > 0 && control / sample.length > CONTROL_RATIO;
}
