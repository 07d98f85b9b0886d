// "A press elsewhere closes it", once for the page's menus (the export menu, the filter choices). The idle-time click
// rehearsal's press (clickRehearsal.ts) is not the person's: a menu opened by a click with no press before it (a
// script's, an assistive technology's activation) was closed by it.
import { isRehearsal } from './clickRehearsal';

/** Calls `close` on a press outside `inside()` (while it is in the page); returns what stops listening. */
export function onPressOutside(inside: () => Element | null, close: () => void): () => void {
  const press = (e: PointerEvent) => {
    const el = inside();
    if (el && !isRehearsal(e) && !el.contains(e.target as Node)) close();
  };
  document.addEventListener('pointerdown', press);
  return () => document.removeEventListener('pointerdown', press);
}
