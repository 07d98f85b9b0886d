// Where an SVG viewBox lands in its box under preserveAspectRatio="xMidYMid meet" (the default):
// uniformly scaled to fit, centred on the axis with room to spare.

export interface ViewBoxFit { scale: number; dx: number; dy: number }

export function viewBoxFit(boxW: number, boxH: number, vbW: number, vbH: number): ViewBoxFit {
  const scale = Math.min(boxW / vbW, boxH / vbH);
  return { scale, dx: (boxW - vbW * scale) / 2, dy: (boxH - vbH * scale) / 2 };
}
