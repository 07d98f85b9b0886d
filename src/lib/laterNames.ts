// Accessible names follow the paint. A lens or date change renames every map mark and network node (each says its
// status in words, with a formatted date): nobody hears a name in the frame that shows the new colours, so a painter
// names its elements in the tasks after that frame (lib/afterPaint.ts), from the latest scene, rather than inside the
// change. The scene makes a name only when asked (scene.ts SceneNames), so the change itself makes none.
import { afterPaint } from './afterPaint';

export interface LaterNames<S> {
  /** Names every element of `scene` after the next paint (instead of any scene still due); with a `sliceMs`, that
   *  many ms a task (ten times the network has 2,500 names to make, more than one task should take). */
  set(scene: S, sliceMs?: number): void;
  /** Names everything due now (a painter taken down, a test). */
  flush(): void;
  /** Drops what is due. */
  dispose(): void;
}

/** `ids`: the elements to name in a scene; `name`: names one, writing only what differs from what it wrote before. */
export function laterNames<S>(ids: (scene: S) => Iterable<string>, name: (scene: S, id: string) => void): LaterNames<S> {
  let due: { scene: S; left: Iterator<string> } | null = null;
  let cancel: (() => void) | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const step = (budget: number) => {
    timer = undefined;
    if (!due) return;
    const t0 = performance.now();
    for (let r = due.left.next(); !r.done; r = due.left.next()) {
      name(due.scene, r.value);
      if (performance.now() - t0 > budget) { timer = setTimeout(() => step(budget), 0); return; }
    }
    due = null;
  };
  const stop = () => { cancel?.(); cancel = null; clearTimeout(timer); timer = undefined; };
  return {
    set(scene, sliceMs = Infinity) {
      stop();
      due = { scene, left: ids(scene)[Symbol.iterator]() };
      cancel = afterPaint(() => { cancel = null; step(sliceMs); });
    },
    flush() { stop(); step(Infinity); },
    dispose() { stop(); due = null; },
  };
}
