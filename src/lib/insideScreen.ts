// One rule for a popup that opens beside its control (search results, a filter's choices): moved back inside the
// screen by what overflows, rather than cut at its edge.

/** How far to move a box spanning `left`–`right` (px) along x so that it lies within `margin` of both edges of a
 *  screen `width` wide; a box wider than that keeps the side its text starts from (left, or right where `rtl`). */
export function shiftInside(left: number, right: number, width: number, margin: number, rtl = false): number {
  if (rtl) {
    const dx = left < margin ? margin - left : 0;
    return right + dx > width - margin ? width - margin - right : dx;
  }
  const dx = right > width - margin ? width - margin - right : 0;
  return left + dx < margin ? margin - left : dx;
}
