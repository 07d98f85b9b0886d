// What the first view does not need waits for its first frame: the frame that shows the map and the network is not
// held up by it. App learns when that frame is painted (afterPaint, once) and says so to everything below it here,
// rather than each piece keeping its own timer.
import { createContext, useContext } from 'react';

export const FirstFramePainted = createContext(false);

/** False in the first render and its frame; true from the task after that frame. */
export const useAfterFirstFrame = (): boolean => useContext(FirstFramePainted);
