/**
 * A share-link payload in lz-string's URI format that unpacks to `codes` runs of "a", each one
 * longer than the last: `codes` of 100 000 take ~300 kB and unpack to ~5 billion characters.
 * Each code names the dictionary entry being defined (lz-string's "KwKwK" case).
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

export function lzBomb(codes: number): string {
  const bits: number[] = [];
  // lz-string writes each value lowest bit first
  const write = (value: number, count: number) => {
    for (let i = 0; i < count; i++) bits.push((value >> i) & 1);
  };
  write(0, 2); // an 8-bit character follows
  write('a'.charCodeAt(0), 8);
  let dictSize = 4;
  let enlargeIn = 4;
  let bitCount = 3;
  for (let k = 0; k < codes; k++) {
    write(dictSize++, bitCount);
    if (--enlargeIn === 0) {
      enlargeIn = 2 ** bitCount;
      bitCount++;
    }
  }
  write(2, bitCount); // end of text
  let out = '';
  for (let i = 0; i < bits.length; i += 6) {
    let value = 0;
    for (let j = 0; j < 6; j++) value = (value << 1) | (bits[i + j] ?? 0);
    out += ALPHABET[value];
  }
  return out;
}

/** How many characters `lzBomb(codes)` unpacks to: "a", then runs of 2, 3, … codes + 1. */
export const lzBombLength = (codes: number) => ((codes + 1) * (codes + 2)) / 2;
