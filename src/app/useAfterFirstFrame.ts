// What the first view does not need waits for its first frame: the frame that shows the map and the network is not
// held up by it (afterPaint: after that frame, in a task of its own).
import { useEffect, useState } from 'react';
import { afterPaint } from '../lib/afterPaint';

/** False in the first render and its frame; true from the task after that frame. */
export function useAfterFirstFrame(): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => (after ? undefined : afterPaint(() => setAfter(true))), [after]);
  return after;
}
