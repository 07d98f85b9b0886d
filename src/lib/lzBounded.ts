// lz-string's decompressFromEncodedURIComponent with a ceiling on what it produces. LZ output grows with the square
// of its input at worst (each dictionary entry one character longer than the last), so a 60,000-character link can
// stand for hundreds of megabytes; lz-string builds all of it before returning. This is the same algorithm
// (lz-string 1.5.0, WTFPL), stopping as soon as the output passes `maxChars`. A test checks it against lz-string.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

export const TOO_BIG = Symbol('too big');

/** The decompressed text; null or '' where lz-string gives them (damaged input); TOO_BIG past `maxChars`. */
export function decompressUriBounded(input: string, maxChars: number): string | null | typeof TOO_BIG {
  if (input === '') return null;
  const text = input.replace(/ /g, '+');
  const length = text.length;
  // a character outside the alphabet reads as 0, as in lz-string
  const valueAt = (i: number) => VALUE.get(text.charAt(i)) ?? 0;
  const RESET = 32;
  let val = valueAt(0);
  let position = RESET;
  let index = 1;
  const readBits = (n: number): number => {
    let bits = 0;
    for (let power = 1, max = 2 ** n; power !== max; power *= 2) {
      const bit = val & position;
      position >>= 1;
      if (position === 0) { position = RESET; val = valueAt(index++); }
      if (bit > 0) bits += power;
    }
    return bits;
  };

  const dictionary: string[] = ['', '', ''];
  let enlargeIn = 4;
  let dictSize = 4;
  let numBits = 3;
  let c: string;
  switch (readBits(2)) {
    case 0: c = String.fromCharCode(readBits(8)); break;
    case 1: c = String.fromCharCode(readBits(16)); break;
    case 2: return '';
    default: return null; // code 3 never starts a stream (lz-string reads on with no character)
  }
  dictionary[3] = c;
  let w = c;
  const result = [c];
  let total = c.length;
  for (;;) {
    if (index > length) return '';
    let code = readBits(numBits);
    if (code === 0 || code === 1) {
      dictionary[dictSize++] = String.fromCharCode(readBits(code === 0 ? 8 : 16));
      code = dictSize - 1;
      enlargeIn--;
    } else if (code === 2) {
      return result.join('');
    }
    if (enlargeIn === 0) { enlargeIn = 2 ** numBits; numBits++; }
    let entry: string;
    if (code < dictSize && dictionary[code]) entry = dictionary[code];
    else if (code === dictSize) entry = w + w.charAt(0);
    else return null;
    total += entry.length;
    if (total > maxChars) return TOO_BIG;
    result.push(entry);
    dictionary[dictSize++] = w + entry.charAt(0);
    enlargeIn--;
    w = entry;
    if (enlargeIn === 0) { enlargeIn = 2 ** numBits; numBits++; }
  }
}
