// Hover that follows the pointer once per frame, after the frame is painted, for the map and the network alike: a
// move writes nothing, so the press and click that follow it do not pay for restyling what it hovered. While a press
// is under way (a click or a tap about to select, a drag, a pan) it waits for the release, on the window since a
// press may end elsewhere; a move with no button held ends a press whose release never reached the page (the window
// lost focus with the button down), so hover is never left frozen.
import { afterPaint } from './afterPaint';

export interface PointerHover {
  /** The pointer moved or left; `show` will read where. `buttons`: the move's (none for a leave). */
  moved: (buttons?: number) => void;
  /** A press began. */
  pressed: (button: number) => void;
  destroy: () => void;
}

/** `show`: applies the hover where the pointer is now, once per frame. */
export function pointerHover(show: () => void): PointerHover {
  let down = false;
  let cancel: (() => void) | null = null;
  const run = () => { cancel = null; show(); };
  const schedule = () => { cancel ??= afterPaint(run); };
  const listen = (on: boolean) => {
    const f = on ? window.addEventListener : window.removeEventListener;
    f('pointerup', released, true);
    f('pointercancel', released, true);
  };
  function released() {
    listen(false);
    down = false;
    schedule();
  }
  return {
    moved(buttons) {
      if (down && buttons === 0) released();
      else if (!down) schedule();
    },
    pressed(button) {
      if (button !== 0 || down) return;
      down = true;
      cancel?.();
      cancel = null;
      listen(true);
    },
    destroy() {
      cancel?.();
      listen(false);
    },
  };
}
