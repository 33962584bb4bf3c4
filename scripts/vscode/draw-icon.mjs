// Draws images/icon.png (128x128): a shield with a keyhole. A tiny PNG encoder over node:zlib keeps the
// icon reproducible without image tools or downloads. Run: node scripts/vscode/draw-icon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4; // supersampling per axis, for smooth edges

function insideShield(x, y) {
  // Unit square coordinates. Straight sides from the top, then curving into a point at the bottom.
  const top = 0.1;
  const shoulder = 0.52;
  const tip = 0.94;
  const half = 0.38;
  if (y < top || y > tip) return false;
  const dx = Math.abs(x - 0.5);
  // Slight dip in the middle of the top edge.
  if (y < top + 0.05 * (1 - (dx / half) ** 2) && dx < half) return false;
  if (y <= shoulder) return dx <= half;
  const t = (y - shoulder) / (tip - shoulder);
  return dx <= half * Math.sqrt(1 - t * t);
}

function insideKeyhole(x, y) {
  const cx = 0.5;
  const cy = 0.43;
  if ((x - cx) ** 2 + (y - cy) ** 2 <= 0.095 ** 2) return true;
  // Tapered slot under the circle.
  if (y >= cy && y <= 0.72) {
    const t = (y - cy) / (0.72 - cy);
    return Math.abs(x - cx) <= 0.04 + 0.035 * t;
  }
  return false;
}

function pixel(px, py) {
  let shield = 0;
  let hole = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const x = (px + (sx + 0.5) / SAMPLES) / SIZE;
      const y = (py + (sy + 0.5) / SAMPLES) / SIZE;
      if (insideShield(x, y)) {
        shield++;
        if (insideKeyhole(x, y)) hole++;
      }
    }
  }
  const n = SAMPLES * SAMPLES;
  const alpha = shield / n;
  if (alpha === 0) return [0, 0, 0, 0];
  // Vertical gradient from teal to deep blue; the keyhole is near-white.
  const g = py / SIZE;
  const base = [Math.round(22 + 10 * g), Math.round(163 - 90 * g), Math.round(150 - 10 * g)];
  const w = hole / shield;
  const light = [245, 250, 250];
  const rgb = base.map((c, i) => Math.round(c * (1 - w) + light[i] * w));
  return [...rgb, Math.round(alpha * 255)];
}

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const raw = Buffer.alloc(SIZE * (1 + SIZE * 4));
for (let y = 0; y < SIZE; y++) {
  const row = y * (1 + SIZE * 4);
  raw[row] = 0; // filter: none
  for (let x = 0; x < SIZE; x++) Buffer.from(pixel(x, y)).copy(raw, row + 1 + x * 4);
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('../../images/icon.png', import.meta.url), png);
console.log(`images/icon.png: ${png.length} bytes`);
