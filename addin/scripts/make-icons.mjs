// Draws the add-in's icons (a returning arrow on a rounded tile) as PNG files, with no image library.
// Run once after changing the design: `node scripts/make-icons.mjs`; the output is committed.
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

/** pixel(x, y) in unit coordinates (0..1) returns [r, g, b, a]. Supersampled 4x4. */
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < 4; sy++)
        for (let sx = 0; sx < 4; sx++) {
          const p = pixel((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size);
          for (let i = 0; i < 3; i++) acc[i] += p[i] * p[3];
          acc[3] += p[3];
        }
      const o = y * (size * 4 + 1) + 1 + x * 4;
      const a = acc[3] / 16;
      for (let i = 0; i < 3; i++) raw[o + i] = a > 0 ? Math.round(acc[i] / acc[3]) : 0;
      raw[o + 3] = Math.round(a);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0)),
  ]);
}

// A ring open at the top right, with an arrow head: "come back to this later".
function glyph(x, y) {
  const dx = x - 0.5, dy = y - 0.52;
  const r = Math.hypot(dx, dy);
  const angle = Math.atan2(dy, dx); // -pi..pi, 0 = right, negative = up
  const onRing = r > 0.2 && r < 0.3 && !(angle > -Math.PI / 2 && angle < -0.15);
  // arrow head at the ring's open end (angle -pi/2, top centre), pointing right
  const ax = x - 0.5, ay = y - 0.27;
  const head = ax >= -0.02 && ax <= 0.16 && Math.abs(ay) <= 0.13 - ax * 0.8;
  return onRing || head;
}
const BRAND = [15, 108, 189];
const tile = (x, y) => {
  const m = 0.04, rad = 0.2;
  const cx = Math.min(Math.max(x, m + rad), 1 - m - rad), cy = Math.min(Math.max(y, m + rad), 1 - m - rad);
  const inside = Math.hypot(x - cx, y - cy) <= rad;
  if (!inside) return [0, 0, 0, 0];
  return glyph(x, y) ? [255, 255, 255, 255] : [...BRAND, 255];
};
const outline = (x, y) => (glyph(x, y) ? [255, 255, 255, 255] : [0, 0, 0, 0]);

const write = (file, data) => { mkdirSync(dirname(file), { recursive: true }); writeFileSync(file, data); };
for (const size of [16, 32, 64, 80, 128]) write(join(root, 'public/assets', `icon-${size}.png`), png(size, tile));
write(join(root, 'manifest/color.png'), png(192, tile));
write(join(root, 'manifest/outline.png'), png(32, outline));
console.log('icons written');
