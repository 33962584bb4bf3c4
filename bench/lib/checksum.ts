// Checksummed token bodies, written independently of the engine's verifier so the corpus checks it rather
// than mirrors it. GitHub's documented token format: 30 random base62 characters followed by the CRC32 of
// those characters, base62-encoded and left-padded to 6. npm's granular tokens use the same scheme.

const TABLE = (() => {
  const table: number[] = [];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? (0xedb88320 ^ (c >>> 1)) >>> 0 : c >>> 1;
    table.push(c >>> 0);
  }
  return table;
})();

export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (const byte of Buffer.from(text, 'utf8')) crc = (TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8)) >>> 0;
  return (crc ^ 0xffffffff) >>> 0;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export function toBase62(value: number, width: number): string {
  let out = '';
  for (let rest = value; rest > 0; rest = Math.floor(rest / 62)) out = BASE62[rest % 62] + out;
  return out.padStart(width, '0');
}

/** `random` (30 chars) + its 6-char CRC32 checksum. */
export function withCrc32Checksum(random: string): string {
  return random + toBase62(crc32(random), 6);
}
