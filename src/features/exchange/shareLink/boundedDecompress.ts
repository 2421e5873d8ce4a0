/**
 * lz-string's `decompressFromEncodedURIComponent`, with a ceiling. A share link is untrusted: a
 * link of under a megabyte can describe gigabytes (each dictionary entry is the previous one
 * plus a character), and lz-string has no limit, so the tab would freeze and crash. This is the
 * same algorithm (lz-string 1.5, MIT), stopping as soon as the text would pass `maxChars`.
 *
 * Returns the text; `null` for input lz-string cannot decode (it returns null or "" there);
 * `'too_large'` once the text would pass `maxChars`.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE_OF = new Map([...ALPHABET].map((char, i) => [char, i]));
/** Each character of the link carries 6 bits, read from the highest. */
const FIRST_BIT = 32;

export function boundedDecompress(payload: string, maxChars: number): string | null | 'too_large' {
  // Some chat apps turn "+" into a space; lz-string undoes it the same way.
  const input = payload.replaceAll(' ', '+');
  if (input === '') return null;
  // lz-string reads characters outside its alphabet as zero bits.
  const valueAt = (index: number) => VALUE_OF.get(input.charAt(index)) ?? 0;
  let value = valueAt(0);
  let position = FIRST_BIT;
  let index = 1;
  const readBits = (count: number) => {
    let bits = 0;
    for (let power = 1; power !== 1 << count; power <<= 1) {
      if (value & position) bits |= power;
      position >>= 1;
      if (position === 0) {
        position = FIRST_BIT;
        value = valueAt(index++);
      }
    }
    return bits;
  };

  // Codes 0 and 1 bring a new 8- or 16-bit character, 2 ends the text, higher ones name entries.
  const literal = (code: number) => String.fromCharCode(readBits(code === 0 ? 8 : 16));
  const dictionary: string[] = ['', '', ''];
  let enlargeIn = 4;
  let bitCount = 3;

  const first = readBits(2);
  if (first === 2) return null;
  if (first > 2) return null;
  let previous = literal(first);
  dictionary.push(previous);
  const parts = [previous];
  let length = previous.length;

  for (;;) {
    if (index > input.length) return null; // the link was cut short
    let code = readBits(bitCount);
    if (code === 2) return parts.join('');
    if (code < 2) {
      dictionary.push(literal(code));
      code = dictionary.length - 1;
      if (--enlargeIn === 0) {
        enlargeIn = 1 << bitCount;
        bitCount++;
      }
    }
    let entry: string;
    if (code < dictionary.length && dictionary[code]) entry = dictionary[code] ?? '';
    else if (code === dictionary.length) entry = previous + previous.charAt(0);
    else return null;

    length += entry.length;
    if (length > maxChars) return 'too_large';
    parts.push(entry);
    dictionary.push(previous + entry.charAt(0));
    if (--enlargeIn === 0) {
      enlargeIn = 1 << bitCount;
      bitCount++;
    }
    previous = entry;
  }
}
