// Seeded random input for fuzz tests: the same seed gives the same strings, so a failure can be replayed.

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
