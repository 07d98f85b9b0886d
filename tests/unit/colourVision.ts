// Test oracle, independent of the app (which computes no colour distances): colour-vision-deficiency simulation,
// CIEDE2000 and WCAG contrast, to check the theme's categorical colours can be told apart.
// Simulation: Machado, Oliveira & Fernandes 2009, severity 1.0 (full dichromacy), applied in linear sRGB.
// ΔE00: Sharma, Wu & Dalal 2005 (its published test pairs are checked in palette.test.ts).

export type Vision = 'normal' | 'deuteranopia' | 'protanopia' | 'tritanopia';
type Matrix = readonly [readonly number[], readonly number[], readonly number[]];

const MACHADO: Record<Exclude<Vision, 'normal'>, Matrix> = {
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};

export type Lab = readonly [number, number, number];

/** '#rrggbb' → linear sRGB in [0, 1]. */
export function linearRgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const lin = (v: string) => { const c = parseInt(v, 16) / 255; return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
  return [lin(m[1]), lin(m[2]), lin(m[3])];
}

/** The colour as a person with this vision sees it, in linear sRGB (clipped to the gamut). */
export function simulate(rgb: readonly number[], vision: Vision): [number, number, number] {
  if (vision === 'normal') return [rgb[0], rgb[1], rgb[2]];
  const m = MACHADO[vision];
  const row = (r: readonly number[]) => Math.min(1, Math.max(0, r[0] * rgb[0] + r[1] * rgb[1] + r[2] * rgb[2]));
  return [row(m[0]), row(m[1]), row(m[2])];
}

/** Linear sRGB → CIELAB (D65 white). */
export function lab([r, g, b]: readonly number[]): Lab {
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > (6 / 29) ** 3 ? Math.cbrt(t) : t / (3 * (6 / 29) ** 2) + 4 / 29);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

const deg = Math.PI / 180;

/** CIEDE2000 colour difference (kL = kC = kH = 1). */
export function deltaE2000(lab1: Lab, lab2: Lab): number {
  const [L1, a1, b1] = lab1, [L2, a2, b2] = lab2;
  const Cbar = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
  const G = 0.5 * (1 - Math.sqrt(Cbar ** 7 / (Cbar ** 7 + 25 ** 7)));
  const a1p = (1 + G) * a1, a2p = (1 + G) * a2;
  const C1p = Math.hypot(a1p, b1), C2p = Math.hypot(a2p, b2);
  const hue = (b: number, a: number) => (a === 0 && b === 0 ? 0 : (Math.atan2(b, a) / deg + 360) % 360);
  const h1p = hue(b1, a1p), h2p = hue(b2, a2p);
  const dLp = L2 - L1, dCp = C2p - C1p;
  let dhp = 0;
  if (C1p * C2p !== 0) { dhp = h2p - h1p; if (dhp > 180) dhp -= 360; else if (dhp < -180) dhp += 360; }
  const dHp = 2 * Math.sqrt(C1p * C2p) * Math.sin((dhp / 2) * deg);
  const Lbp = (L1 + L2) / 2, Cbp = (C1p + C2p) / 2;
  let hbp = h1p + h2p;
  if (C1p * C2p !== 0) hbp = Math.abs(h1p - h2p) <= 180 ? (h1p + h2p) / 2 : (h1p + h2p + (h1p + h2p < 360 ? 360 : -360)) / 2;
  const T = 1 - 0.17 * Math.cos((hbp - 30) * deg) + 0.24 * Math.cos(2 * hbp * deg) + 0.32 * Math.cos((3 * hbp + 6) * deg) - 0.2 * Math.cos((4 * hbp - 63) * deg);
  const dTheta = 30 * Math.exp(-(((hbp - 275) / 25) ** 2));
  const RC = 2 * Math.sqrt(Cbp ** 7 / (Cbp ** 7 + 25 ** 7));
  const SL = 1 + (0.015 * (Lbp - 50) ** 2) / Math.sqrt(20 + (Lbp - 50) ** 2);
  const SC = 1 + 0.045 * Cbp, SH = 1 + 0.015 * Cbp * T;
  const RT = -Math.sin(2 * dTheta * deg) * RC;
  return Math.sqrt((dLp / SL) ** 2 + (dCp / SC) ** 2 + (dHp / SH) ** 2 + RT * (dCp / SC) * (dHp / SH));
}

/** WCAG 2 contrast ratio of two '#rrggbb' colours. */
export function contrastRatio(hex1: string, hex2: string): number {
  const Y = (hex: string) => { const [r, g, b] = linearRgb(hex); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const [hi, lo] = [Y(hex1), Y(hex2)].sort((p, q) => q - p);
  return (hi + 0.05) / (lo + 0.05);
}

export interface ClosestPair { a: string; b: string; deltaE: number }

/** The two entries of `colours` (name → '#rrggbb') closest to each other as this vision sees them. */
export function closestPair(colours: Record<string, string>, vision: Vision): ClosestPair {
  const entries = Object.entries(colours).map(([name, hex]) => [name, lab(simulate(linearRgb(hex), vision))] as const);
  let best: ClosestPair = { a: '', b: '', deltaE: Infinity };
  for (let i = 0; i < entries.length; i++)
    for (let j = i + 1; j < entries.length; j++) {
      const d = deltaE2000(entries[i][1], entries[j][1]);
      if (d < best.deltaE) best = { a: entries[i][0], b: entries[j][0], deltaE: d };
    }
  return best;
}
