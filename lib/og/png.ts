import { deflateSync } from "node:zlib";

// A link-preview card is text in three colours on a flat background: its
// anti-aliased edges make about a hundred colours, which a palette holds
// exactly. Indexing them here is several times faster than quantizing the
// image (libimagequant, through sharp), and loses nothing but the rounding of
// blending (see mergeShades).

/** An emoji or two bring some hundred colours more, most of them shades of others. */
const MAX_COLOURS_SEEN = 1024;

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "latin1");
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * Colours a shade apart (at most 1 in each of R, G, B and A) are drawn as the
 * more common of them: they are the same colour, blended over the background
 * with different rounding. That halves a card's palette and makes the PNG
 * about 6% smaller. Returns, for each colour, the index of the one it is
 * drawn as, the most common colours first.
 */
function mergeShades(rgba: Uint8Array, counts: Float64Array, size: number): { remap: Uint16Array; palette: number[] } {
  const byCount = Array.from({ length: size }, (_, i) => i).sort((a, b) => counts[b]! - counts[a]! || a - b);
  const remap = new Uint16Array(size);
  const palette: number[] = [];
  for (const colour of byCount) {
    const near = palette.findIndex((kept) => {
      for (let channel = 0; channel < 4; channel++) {
        if (Math.abs(rgba[kept * 4 + channel]! - rgba[colour * 4 + channel]!) > 1) return false;
      }
      return true;
    });
    if (near >= 0) remap[colour] = near;
    else {
      remap[colour] = palette.length;
      palette.push(colour);
    }
  }
  return { remap, palette };
}

function grow<T extends Uint16Array | Uint32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/**
 * An RGBA image (4 bytes a pixel, not premultiplied) as an 8-bit palette PNG
 * with every colour kept, but for shades a step apart (see mergeShades);
 * undefined when that leaves more than 256 colours.
 */
export function encodePalettePng(pixels: Uint8Array, width: number, height: number): Buffer | undefined {
  if (pixels.length !== width * height * 4) throw new RangeError("pixels must be width * height * 4 bytes");
  // Whole pixels are compared as 32-bit numbers, signed so that V8 keeps them
  // as small integers; the byte order doesn't matter, since a colour's
  // channels are read back from the bytes.
  const bytes = Buffer.from(pixels.buffer, pixels.byteOffset, pixels.length);
  const aligned = pixels.byteOffset % 4 === 0 ? bytes : Buffer.from(bytes);
  const words = new Int32Array(aligned.buffer, aligned.byteOffset, width * height);
  const rowBytes = width * 4;
  // Most rows of a card (three in four) are the row above again: the margins
  // and the space between lines. Each is looked at once.
  const sameAsAbove = Array.from(
    { length: height },
    (_, y) =>
      y > 0 && aligned.compare(aligned, (y - 1) * rowBytes, y * rowBytes, y * rowBytes, (y + 1) * rowBytes) === 0,
  );

  // The colours, in the order they first appear, and how many pixels have each;
  // and each row's runs of one colour (where a row starts, its runs' colours
  // and lengths), so that the rows are written without looking colours up again.
  const first = new Map<number, number>();
  const rgba = new Uint8Array(MAX_COLOURS_SEEN * 4);
  const counts = new Float64Array(MAX_COLOURS_SEEN);
  let runColours = new Uint16Array(4096);
  let runLengths = new Uint32Array(4096);
  let runs = 0;
  const rowRuns = new Int32Array(height + 1);
  for (let y = 0; y < height; y++) {
    rowRuns[y] = runs;
    if (sameAsAbove[y]) continue;
    let repeats = 1;
    while (sameAsAbove[y + repeats]) repeats++;
    const rowEnd = (y + 1) * width;
    for (let i = y * width; i < rowEnd;) {
      const word = words[i]!;
      const start = i;
      while (++i < rowEnd && words[i] === word);
      let colour = first.get(word);
      if (colour === undefined) {
        colour = first.size;
        if (colour === MAX_COLOURS_SEEN) return undefined;
        first.set(word, colour);
        rgba.set(aligned.subarray(start * 4, start * 4 + 4), colour * 4);
      }
      counts[colour]! += (i - start) * repeats;
      if (runs === runColours.length) {
        runColours = grow(runColours, new Uint16Array(runs * 2));
        runLengths = grow(runLengths, new Uint32Array(runs * 2));
      }
      runColours[runs] = colour;
      runLengths[runs++] = i - start;
    }
  }
  rowRuns[height] = runs;

  const { remap, palette } = mergeShades(rgba, counts, first.size);
  if (palette.length > 256) return undefined;
  // Each row starts with its filter byte: 0, none. For a palette image that
  // compresses best (sub, up and a per-row choice were 20-35% bigger).
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0, out = 0; y < height; y++, out += width + 1) {
    if (sameAsAbove[y]) {
      rows.copyWithin(out, out - width - 1, out);
      continue;
    }
    let at = out + 1;
    for (let r = rowRuns[y]!, end = rowRuns[y + 1]!; r < end; r++) {
      const index = remap[runColours[r]!]!;
      const stop = at + runLengths[r]!;
      if (stop - at > 32) {
        rows.fill(index, at, stop);
        at = stop;
      } else while (at < stop) rows[at++] = index;
    }
  }

  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per index
  header[9] = 3; // colour type: palette
  const rgb = Buffer.alloc(palette.length * 3);
  const alpha = Buffer.alloc(palette.length);
  palette.forEach((colour, i) => {
    rgb.set(rgba.subarray(colour * 4, colour * 4 + 3), i * 3);
    alpha[i] = rgba[colour * 4 + 3]!;
  });
  // Alpha is given up to the last colour that isn't opaque; none for an opaque image.
  let alphaLength = alpha.length;
  while (alphaLength > 0 && alpha[alphaLength - 1] === 255) alphaLength--;
  return Buffer.concat([
    SIGNATURE,
    chunk("IHDR", header),
    chunk("PLTE", rgb),
    ...(alphaLength > 0 ? [chunk("tRNS", alpha.subarray(0, alphaLength))] : []),
    chunk("IDAT", deflateSync(rows, { level: 6 })),
    chunk("IEND", new Uint8Array(0)),
  ]);
}
