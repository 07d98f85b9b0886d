// The one element-size hook (network, time chart, presenter view): its content-box option and its re-observe key.
import { act, render } from '@testing-library/react';
import { useRef, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useElementSize } from './useElementSize';

/** jsdom lays nothing out: a box whose client size (padding box, no scroll bar) is given. */
function sized(el: HTMLElement | null) {
  if (!el) return;
  Object.defineProperty(el, 'clientWidth', { configurable: true, value: 400 });
  Object.defineProperty(el, 'clientHeight', { configurable: true, value: 300 });
  el.getBoundingClientRect = () => ({ width: 415, height: 300 }) as DOMRect; // 15 px of scroll bar
}

let show: (v: boolean) => void = () => {};
function Probe() {
  const ref = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(false);
  show = setShown;
  const room = useElementSize(ref, { box: 'content', key: shown, fallback: null });
  const border = useElementSize(ref);
  return (
    <>
      {shown && <div ref={(el) => { sized(el); ref.current = el; }} style={{ padding: '18px' }} />}
      <output data-testid="room">{room ? `${room.width}×${room.height}` : 'none'}</output>
      <output data-testid="border">{`${border.width}×${border.height}`}</output>
    </>
  );
}

describe('useElementSize', () => {
  it('content box: the room inside the padding, out of the scroll bar; measured again when the element appears (key)', () => {
    const { getByTestId } = render(<Probe />);
    expect(getByTestId('room').textContent).toBe('none');
    act(() => show(true));
    expect(getByTestId('room').textContent).toBe('364×264');
    // without a key the hook does not see the element that appeared later: its fallback stays
    expect(getByTestId('border').textContent).toBe('600×480');
  });
});
