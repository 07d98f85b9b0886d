import { act, fireEvent, waitFor } from '@testing-library/react';
import { render } from '../../testing/dataset';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { countByClass, LENSES, LENS_IDS } from '../../data/lenses';
import { useAppStore } from '../../store/appStore';
import { Legend } from './Legend';
import { MapView } from './MapView';
import { PALETTES } from '../../theme/palette';
import { atlas, layout, resetStore } from './testAtlas';

const item = (cls: string) => document.querySelector<HTMLElement>(`[data-legend-class="${cls}"]`)!;
const count = (cls: string) => Number(item(cls).querySelector('.legend-count')!.textContent);

beforeEach(resetStore);

describe('Legend', () => {
  it('shows one item per class of the lens with countByClass at the active date', () => {
    render(<Legend />);
    for (const lens of LENS_IDS) {
      act(() => useAppStore.getState().lensChosen(lens));
      const items = [...document.querySelectorAll<HTMLElement>('[data-legend-class]')].map((e) => e.dataset.legendClass);
      expect(items).toEqual([...LENSES[lens].classes]);
      const want = countByClass(atlas, lens, atlas.asOf);
      for (const cls of LENSES[lens].classes) expect(count(cls), `${lens} ${cls}`).toBe(want[cls]);
    }
  });

  it('keeps the relation notes laid out without a selection, hidden from sight and screen readers, so the first selection does not reflow the map', () => {
    render(<Legend />);
    const notes = document.querySelector<HTMLElement>('.legend-relations')!;
    expect(notes.querySelectorAll('[data-legend-relation]')).toHaveLength(2);
    expect(notes).toHaveAttribute('aria-hidden', 'true');
    expect(notes).not.toHaveAttribute('data-shown');
    act(() => useAppStore.getState().entitySelected('KOR'));
    expect(notes).not.toHaveAttribute('aria-hidden');
    expect(notes).toHaveAttribute('data-shown');
  });

  it('renders only its relation notes when a selection starts or ends, not itself (its items, counts and titles)', () => {
    // the memo's inner function, which React calls on each render of the legend (a property, not a module export:
    // no module mock, which a worker that already loaded the legend would not see)
    const legend = Legend as unknown as { type: (props: object) => unknown };
    const renders = vi.spyOn(legend, 'type');
    try {
      render(<Legend />);
      expect(renders).toHaveBeenCalled();
      renders.mockClear();
      act(() => useAppStore.getState().entitySelected('KOR'));
      act(() => useAppStore.getState().entitySelected(null));
      expect(renders).not.toHaveBeenCalled();
      expect(document.querySelector('.legend-relations')).not.toHaveAttribute('data-shown');
      act(() => useAppStore.getState().lensChosen('un-convention'));
      expect(renders).toHaveBeenCalled();
    } finally { renders.mockRestore(); }
  });

  it('before its instrument existed, says so with the day it began, and counts every State as not applicable', () => {
    render(<Legend />);
    act(() => { useAppStore.getState().lensChosen('un-convention'); useAppStore.getState().dateChosen('2019-06-01'); });
    expect(document.querySelector('.legend-before')).toHaveTextContent('Opened for signature on 25 October 2025: no State could sign or join it before');
    expect(count('no-data')).toBe(atlas.countries.length);
    expect(count('none')).toBe(0);
    act(() => useAppStore.getState().lensChosen('unga-74-247'));
    expect(document.querySelector('.legend-before')).toHaveTextContent('The vote was taken on 27 December 2019');
    act(() => useAppStore.getState().dateChosen('2019-12-27'));
    expect(document.querySelector('.legend-before')).toBeNull();
  });

  it('gives the recorded vote on A/RES/74/247: 79 yes, 60 no, 33 abstentions, 21 absent', () => {
    act(() => useAppStore.getState().lensChosen('unga-74-247'));
    render(<Legend />);
    expect([count('yes'), count('no'), count('abstain'), count('absent')]).toEqual([79, 60, 33, 21]);
  });

  it('counts the same classes the map draws', () => {
    render(<MapView layout={layout} />);
    for (const lens of LENS_IDS) {
      act(() => useAppStore.getState().lensChosen(lens));
      for (const cls of LENSES[lens].classes) {
        if (cls === 'no-data') continue; // a few territories are in the dataset but not on the base map
        expect(document.querySelectorAll(`.map-svg [data-status="${cls}"]`).length, `${lens} ${cls}`).toBe(count(cls));
      }
    }
  });

  it('follows the as-of date', () => {
    act(() => useAppStore.getState().dateChosen('2010-01-01'));
    render(<Legend />);
    expect(count('party')).toBe(countByClass(atlas, 'budapest', '2010-01-01').party);
    expect(count('party')).toBeLessThan(countByClass(atlas, 'budapest', atlas.asOf).party);
  });

  it('toggles a filter on click and outlines members on hover', async () => {
    const user = userEvent.setup();
    render(<Legend />);
    await user.click(item('invited'));
    expect(useAppStore.getState().filters.budapest).toEqual(['invited']);
    expect(item('invited')).toHaveAttribute('aria-pressed', 'true');
    await user.click(item('invited'));
    expect(useAppStore.getState().filters.budapest ?? []).toEqual([]);
    await user.hover(item('party'));
    await waitFor(() => expect(useAppStore.getState().legendHover).toBe('party'));
    await user.unhover(item('party'));
    await waitFor(() => expect(useAppStore.getState().legendHover).toBeNull());
  });

  it('outlines the class of a legend item focused from the keyboard at once, and clears it on blur', async () => {
    const user = userEvent.setup();
    render(<Legend />);
    await user.tab();
    const cls = (document.activeElement as HTMLElement).dataset.legendClass;
    expect(cls).toBeTruthy();
    expect(useAppStore.getState().legendHover).toBe(cls);
    await user.tab({ shift: true });
    expect(useAppStore.getState().legendHover).toBeNull();
  });

  it("outlines a hovered class after the frame, not inside the pointer's events, so a click on the item is not queued behind it", async () => {
    render(<Legend />);
    const el = item('party');
    fireEvent.pointerEnter(el);
    // a press and its click in the same task as the move: the filter, and no outline yet
    fireEvent.pointerDown(el, { button: 0 });
    fireEvent.click(el);
    expect(useAppStore.getState().filters.budapest).toEqual(['party']);
    expect(useAppStore.getState().legendHover).toBeNull();
    fireEvent.pointerUp(window);
    await waitFor(() => expect(useAppStore.getState().legendHover).toBe('party'));
    // leaving clears it at once, in the move's own task
    fireEvent.pointerLeave(el);
    expect(useAppStore.getState().legendHover).toBeNull();
  });

  it('has a distinct colour-and-pattern style for every class of every lens', () => {
    for (const lens of LENS_IDS) {
      const styles = PALETTES[lens].map((p) => `${p.fill}/${p.pattern}`);
      expect(new Set(styles).size).toBe(styles.length);
      expect(PALETTES[lens].find((p) => p.cls === 'no-data')!.pattern).toBe('hatch');
      // greyscale: no two classes share a pattern unless their lightness differs clearly
      const lum = (hex: string) => { const n = parseInt(hex.slice(1), 16); return 0.2126 * (n >> 16) + 0.7152 * ((n >> 8) & 255) + 0.0722 * (n & 255); };
      for (const a of PALETTES[lens]) for (const b of PALETTES[lens]) {
        if (a.cls < b.cls && a.pattern === b.pattern) expect(Math.abs(lum(a.fill) - lum(b.fill)), `${lens} ${a.cls}/${b.cls}`).toBeGreaterThan(40);
      }
    }
  });
});
