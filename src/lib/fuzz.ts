// Hostile input for tests: seeded random strings (the same seed gives the same strings, so a failure can be
// replayed) and a decompression bomb.

/** mulberry32: small, fast, good enough to spread test inputs. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A string of random UTF-16 code units, weighted towards the ones that break things: C0 controls, markup
 *  characters, lone and paired surrogates, non-characters, and anything else in the BMP or beyond. */
export function randomUnicode(rand: () => number, maxLength: number): string {
  const pick = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  let s = '';
  const n = Math.floor(rand() * (maxLength + 1));
  for (let i = 0; i < n; i++) {
    const r = rand();
    if (r < 0.2) s += String.fromCharCode(pick(0, 0x1f));
    else if (r < 0.3) s += '<>&"\'\\]]>'[pick(0, 9)] ?? '&';
    else if (r < 0.4) s += String.fromCharCode(pick(0xd800, 0xdfff));
    else if (r < 0.45) s += String.fromCharCode(pick(0xfffe, 0xffff));
    else if (r < 0.6) s += String.fromCodePoint(pick(0x10000, 0x10ffff));
    else if (r < 0.8) s += String.fromCharCode(pick(0x20, 0x7e));
    else s += String.fromCharCode(pick(0x7f, 0xfffd));
  }
  return s;
}

const LZ_URI_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

/** An lz-string stream of `n` codes, each naming the entry not yet in the dictionary: entry k is k + 1 characters
 *  long, so the output is about n²/2 characters (the decompression bomb of issue 19). */
export function bombLink(n: number): string {
  const bits: number[] = [];
  const put = (value: number, count: number) => { for (let i = 0; i < count; i++) bits.push((value >> i) & 1); };
  put(0, 2);
  put(97, 8);
  let dictSize = 4, numBits = 3, enlargeIn = 4;
  for (let k = 0; k < n; k++) {
    put(dictSize, numBits);
    dictSize++;
    if (--enlargeIn === 0) { enlargeIn = 2 ** numBits; numBits++; }
  }
  put(2, numBits);
  let out = '';
  for (let i = 0; i < bits.length; i += 6) {
    let v = 0;
    for (let j = 0; j < 6; j++) v = v * 2 + (bits[i + j] ?? 0);
    out += LZ_URI_ALPHABET[v];
  }
  return out;
}
