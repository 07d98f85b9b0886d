// Accessible names follow the paint. A lens or date change rewrites the name of every map mark and network node
// (each says its status in words): nobody sees a name in the frame that shows the new colours, so a painter writes
// them in the task after that frame (lib/afterPaint.ts), the latest name of each, rather than inside the change.
import { afterPaint } from './afterPaint';

export interface LaterNames<T> {
  /** Writes `value` for `id` after the next paint (replacing any still due for it). */
  set(id: string, value: T): void;
  /** Forgets what is due for an element that is gone. */
  drop(id: string): void;
  /** Writes everything due now (a painter taken down, a test). */
  flush(): void;
  /** Drops everything due. */
  dispose(): void;
}

export function laterNames<T>(write: (id: string, value: T) => void): LaterNames<T> {
  const due = new Map<string, T>();
  let cancel: (() => void) | null = null;
  const run = () => {
    cancel = null;
    for (const [id, v] of due) write(id, v);
    due.clear();
  };
  return {
    set(id, value) { due.set(id, value); cancel ??= afterPaint(run); },
    drop(id) { due.delete(id); },
    flush() { cancel?.(); run(); },
    dispose() { cancel?.(); cancel = null; due.clear(); },
  };
}
