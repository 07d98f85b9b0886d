import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { render, seedSources } from '../../testing/dataset';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { LENS_IDS, statusAt } from '../../data/lenses';
import { shippedMapGeometry } from '../../geo/mapGeometry';
import type { SerialisedMapLayout } from '../../geo/mapLayout';
import { useAppStore } from '../../store/appStore';
import { loadCatalogue } from '../../i18n/catalogue';
import { MapView } from './MapView';
import { computeScene } from '../../scene/scene';
import { diffScene } from '../../scene/diff';
import { atlas, layout, resetStore, sources } from './testAtlas';

// The marks are looked for inside the map's <svg>: jsdom matched a descendant selector from the document
// (".map-svg [data-iso3=…]") 3-6 times slower: ~5.5-8 against ~1-2.4 ms a call (a drawn map, load 9-10).
const inMap = () => document.querySelector('.map-svg');
const mark = (id: string) => inMap()?.querySelector<SVGElement>(`[data-iso3="${id}"]`) as SVGElement;
const focusedIso = () => (document.activeElement as SVGElement).dataset.iso3;
const marks = () => [...inMap()?.querySelectorAll<SVGElement>('[data-iso3]') ?? []];

beforeEach(resetStore);

describe('MapView marks', () => {
  it('draws every UN member and observer once, labelled with its name', () => {
    render(<MapView layout={layout} />);
    const ids = marks().map((m) => m.dataset.iso3!);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(195);
    const states = atlas.countries.filter((c) => c.kind !== 'territory');
    expect(states.filter((c) => !ids.includes(c.id)).map((c) => c.id)).toEqual([]);
    for (const m of marks()) expect(m.getAttribute('aria-label')!.startsWith(`${atlas.countryById.get(m.dataset.iso3!)!.name}:`)).toBe(true);
    expect(mark('VAT').tagName).toBe('circle');
    expect(mark('JPN').getAttribute('aria-label')).toBe('Japan: Party since 3 July 2012');
  });

  it('colours marks by the active lens and follows lens switches', () => {
    render(<MapView layout={layout} />);
    for (const lens of LENS_IDS) {
      act(() => useAppStore.getState().lensChosen(lens));
      for (const m of marks()) expect(m.dataset.status, `${lens} ${m.dataset.iso3}`).toBe(statusAt(atlas, lens, m.dataset.iso3!, atlas.asOf).cls);
      // a marker's colour keys on its group's copy of its status (theme/mapStyle.ts)
      const markers = document.querySelectorAll<SVGElement>('.map-marker-group > .map-marker');
      expect(markers.length).toBeGreaterThan(0);
      for (const m of markers) expect((m.parentNode as SVGElement).dataset.fill, `${lens} ${m.dataset.iso3}`).toBe(m.dataset.status);
    }
    expect(mark('USA').dataset.status).toBe('no');
    // the drawing's own name follows the lens too (written without a render of the map)
    expect(document.querySelector('.map-svg')!.getAttribute('aria-label')).toMatch(/A\/RES\/73\/187|73\/187/);
    act(() => useAppStore.getState().lensChosen('budapest'));
    expect(document.querySelector('.map-svg')!.getAttribute('aria-label')).toMatch(/Budapest/);
    expect(mark('USA').dataset.status).toBe('party');
    expect(mark('GRL').dataset.status).toBe('no-data');
  });

  it('follows the as-of date', () => {
    render(<MapView layout={layout} />);
    act(() => useAppStore.getState().dateChosen('2003-01-01'));
    expect(mark('USA').dataset.status).toBe('signatory');
    act(() => useAppStore.getState().lensChosen('unga-74-247'));
    expect(mark('USA').dataset.status).toBe('no-data');
  });
});

describe('MapView geometry', () => {
  it('without a matching shipped layout says it is loading, then draws the computed geometry (no blank panel)', async () => {
    // computed first (memoised, as a second map would find it), so that the wait below is the chunk's alone
    const computed = (await import('../../geo/mapGeometryComputed')).mapGeometry(atlas.countries);
    render(<MapView />);
    // the chunk may already be there when React looks (act waits for it): then the map is drawn at once
    const pending = screen.queryByRole('status');
    if (pending) { expect(pending).toHaveTextContent('Loading…'); expect(marks()).toHaveLength(0); }
    else expect(marks().length).toBeGreaterThan(0);
    await waitFor(() => expect(marks().length).toBeGreaterThanOrEqual(195));
    expect(screen.queryByRole('status')).toBeNull();
    // the same drawing as from the shipped layout
    const shipped = shippedMapGeometry(atlas.countries, layout)!;
    expect(marks()).toHaveLength(computed.centre.size);
    expect(document.querySelector(`.map-svg [data-iso3="FRA"] .map-shape`)!.getAttribute('d')).toBe(shipped.shapes.find((s) => s.id === 'FRA')!.d);
  });

  it('drawn again through the computed path, the same map: not mounted afresh (which lost its zoom)', async () => {
    const other: SerialisedMapLayout = { ...layout!, key: 'another dataset' }; // a layout that does not match: nothing memoised for it yet
    const { rerender } = render(<MapView layout={other} />);
    await waitFor(() => expect(marks().length).toBeGreaterThanOrEqual(195));
    const svg = document.querySelector('.map-svg');
    rerender(<MapView layout={other} />);
    expect(document.querySelector('.map-svg')).toBe(svg);
  });

  it('draws a bloc outline once its code has arrived, from the scene painted by then', async () => {
    act(() => useAppStore.getState().outlineChosen('au'));
    render(<MapView layout={layout} />);
    act(() => useAppStore.getState().outlineChosen('eu'));
    const g = await waitFor(() => { const e = document.querySelector('.map-svg .map-bloc-outline'); expect(e).not.toBeNull(); return e!; });
    expect(g.getAttribute('data-bloc')).toBe('eu');
    expect(g.querySelector('.bloc-line')!.getAttribute('d')!.length).toBeGreaterThan(100);
    expect(document.querySelector('.map-svg [data-iso3="MLT"]')!.parentElement!.querySelector('.map-marker-halo')!.getAttribute('data-in-bloc')).toBe('true');
    act(() => useAppStore.getState().outlineChosen(null));
    expect(document.querySelector('.map-svg .map-bloc-outline')).toBeNull();
  });
});

describe('MapView selection', () => {
  // fireEvent, not userEvent: d3-zoom's mousedown handler needs the event's `view`, which user-event leaves null
  it('selects a shape or a marker on click and clears on a second click or Escape', async () => {
    const user = userEvent.setup();
    render(<MapView layout={layout} />);
    fireEvent.click(mark('KOR'));
    expect(useAppStore.getState().sel).toBe('KOR');
    expect(mark('KOR').dataset.selected).toBe('true');
    expect(document.querySelector('.outline-selected')).not.toBeNull();
    fireEvent.click(mark('KOR'));
    expect(useAppStore.getState().sel).toBeNull();
    expect(mark('KOR').dataset.selected).toBeUndefined();
    fireEvent.click(mark('VAT'));
    act(() => mark('VAT').focus());
    expect(useAppStore.getState().sel).toBe('VAT');
    expect(mark('VAT').dataset.selected).toBe('true');
    await user.keyboard('{Escape}');
    expect(useAppStore.getState().sel).toBeNull();
  });

  it('a pointer click (move, focus, click) touches only the marks whose state changed and the tab stops', async () => {
    render(<MapView layout={layout} />);
    fireEvent.click(mark('BRA'));
    act(() => mark('BRA').focus());
    await new Promise((r) => setTimeout(r, 50)); // settle
    const before = computeScene({ ...useAppStore.getState(), atlas, since: null });
    const svg = document.querySelector('.map-svg')!;
    const touched = new Set<Element>();
    let added = 0;
    const mo = new MutationObserver((rs) => rs.forEach((r) => {
      if (r.type === 'attributes') touched.add(r.target as Element);
      else if (!(r.target as Element).matches('.map-outlines')) added++;
    }));
    mo.observe(svg.parentElement!, { attributes: true, childList: true, subtree: true });
    act(() => {
      fireEvent.pointerMove(mark('KOR'), { clientX: 10, clientY: 10 });
      mark('KOR').focus(); // what the mousedown does (d3-zoom's mousedown needs a view jsdom does not give)
      fireEvent.click(mark('KOR'));
    });
    mo.takeRecords().forEach((r) => { if (r.type === 'attributes') touched.add(r.target as Element); });
    mo.disconnect();
    const after = computeScene({ ...useAppStore.getState(), atlas, since: null });
    expect(useAppStore.getState().sel).toBe('KOR');
    const changed = new Set(diffScene(before, after).marks.map((c) => c.id));
    expect(changed.has('KOR') && changed.has('BRA')).toBe(true);
    // the hover waits for the frame: nothing hovered yet, no tooltip in the DOM
    expect(useAppStore.getState().hover).toBeNull();
    expect(added).toBe(0);
    expect([...touched].map((e) => e.getAttribute('data-iso3')).sort()).toEqual([...changed].sort());
    expect(mark('KOR').getAttribute('tabindex')).toBe('0');
    expect(mark('BRA').getAttribute('tabindex')).toBe('-1');
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Republic of Korea');
  });

  it('dims what a filter leaves out and highlights partners of the selection', () => {
    render(<MapView layout={layout} />);
    act(() => useAppStore.getState().filterToggled(atlas, 'budapest', 'party'));
    expect(mark('CHN').dataset.dimmed).toBe('true');
    expect(mark('JPN').dataset.dimmed).toBeUndefined();
    act(() => useAppStore.getState().entitySelected('europol'));
    expect(marks().filter((m) => m.dataset.highlighted === 'true').length).toBeGreaterThan(10);
  });

  it('shows a tooltip with status, date and source on hover, after the frame the pointer moved in', async () => {
    render(<MapView layout={layout} />);
    fireEvent.pointerMove(mark('JPN'), { clientX: 10, clientY: 10 });
    // a move writes nothing at once (the click that may follow it comes first)
    expect(useAppStore.getState().hover).toBeNull();
    const tip = await screen.findByRole('tooltip');
    expect(tip).toHaveTextContent('Japan');
    expect(tip).toHaveTextContent('Budapest: Party since 3 July 2012');
    const status = statusAt(atlas, 'budapest', 'JPN', atlas.asOf);
    expect(tip).toHaveTextContent(sources.byId.get(status.sources[0])!.title);
    expect(useAppStore.getState().hover).toBe('JPN');
    fireEvent.pointerLeave(document.querySelector('.map-svg')!);
    await waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull());
    expect(useAppStore.getState().hover).toBeNull();
  });

  it('a tooltip open before the sources\' texts arrive names its source once they do (its input, not a redraw by chance)', async () => {
    seedSources(atlas, null);
    render(<MapView layout={layout} />);
    fireEvent.pointerMove(mark('JPN'), { clientX: 10, clientY: 10 });
    const tip = await screen.findByRole('tooltip');
    const title = sources.byId.get(statusAt(atlas, 'budapest', 'JPN', atlas.asOf).sources[0])!.title;
    expect(tip).toHaveTextContent('Budapest: Party since 3 July 2012');
    expect(tip.querySelector('.map-tooltip-source')).toBeNull();
    act(() => seedSources(atlas, sources));
    await waitFor(() => expect(screen.getByRole('tooltip')).toHaveTextContent(title));
  });

  it('on an Arabic page the tooltip reads right to left over the left-to-right map, its English source title isolated', async () => {
    await loadCatalogue('ar');
    act(() => useAppStore.setState({ lang: 'ar' }));
    render(<MapView layout={layout} />);
    fireEvent.pointerMove(mark('JPN'), { clientX: 10, clientY: 10 });
    const tip = await screen.findByRole('tooltip');
    expect(tip).toHaveAttribute('dir', 'rtl');
    const title = sources.byId.get(statusAt(atlas, 'budapest', 'JPN', atlas.asOf).sources[0])!.title;
    expect(tip.querySelector('.map-tooltip-source')!.textContent).toMatch(new RegExp(`^المصدر: \u2066${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\u2069`));
  });

  it('on a Chinese page the tooltip joins the lens to the status with the full-width colon', async () => {
    await loadCatalogue('zh');
    act(() => useAppStore.setState({ lang: 'zh' }));
    render(<MapView layout={layout} />);
    fireEvent.pointerMove(mark('JPN'), { clientX: 10, clientY: 10 });
    const line = (await screen.findByRole('tooltip')).querySelector('div')!;
    expect(line.textContent).toMatch(/^[^:]+：\S/);
  });

  it('holds the hover while a press is under way (a tap or a click about to select), and shows it once released', async () => {
    render(<MapView layout={layout} />);
    fireEvent.pointerMove(mark('JPN'), { clientX: 10, clientY: 10 });
    fireEvent.pointerDown(mark('JPN'), { button: 0 });
    // the frames pass with the button down: the move's hover was dropped, and a move while pressed waits too
    await new Promise((r) => setTimeout(r, 80));
    fireEvent.pointerMove(mark('JPN'), { clientX: 12, clientY: 10, buttons: 1 });
    await new Promise((r) => setTimeout(r, 80));
    expect(useAppStore.getState().hover).toBeNull();
    expect(screen.queryByRole('tooltip')).toBeNull();
    // released anywhere (a pan may end outside the map)
    fireEvent.pointerUp(window);
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Japan');
    expect(useAppStore.getState().hover).toBe('JPN');
  });

  it('ends a press whose release never reached the page at the next move with no button held (the hover is not frozen)', async () => {
    render(<MapView layout={layout} />);
    fireEvent.pointerDown(mark('JPN'), { button: 0 });
    // the window lost focus with the button down; back, the pointer moves with no button held
    fireEvent.pointerMove(mark('JPN'), { clientX: 12, clientY: 10, buttons: 0 });
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Japan');
    expect(useAppStore.getState().hover).toBe('JPN');
  });

  it("says in the tooltip what the aria-label says, for a state that was not a UN member (no vote date)", async () => {
    act(() => useAppStore.getState().lensChosen('unga-74-247'));
    render(<MapView layout={layout} />);
    const outsider = marks().find((m) => m.dataset.status === 'not-member')!;
    const name = atlas.countryById.get(outsider.dataset.iso3!)!.name;
    expect(outsider.getAttribute('aria-label')).toBe(`${name}: Not a UN member`);
    fireEvent.pointerMove(outsider, { clientX: 10, clientY: 10 });
    const status = within(await screen.findByRole('tooltip')).getByText('Not a UN member').parentElement!;
    expect(status.textContent).toBe('74/247: Not a UN member');
  });
});

describe('MapView keyboard', () => {
  const geo = shippedMapGeometry(atlas.countries, layout)!;

  it('has exactly one mark in the tab order and moves it with the arrow keys', async () => {
    const user = userEvent.setup();
    render(<MapView layout={layout} />);
    expect(marks().filter((m) => m.getAttribute('tabindex') === '0')).toHaveLength(1);
    await user.tab();
    while (!(document.activeElement as Element | null)?.hasAttribute('data-iso3')) await user.tab();
    const start = focusedIso()!;
    expect(start).toBe('AFG');
    await user.keyboard('{ArrowRight}');
    const right = geo.neighbours.get(start)!.right!;
    expect(focusedIso()).toBe(right);
    expect(marks().filter((m) => m.getAttribute('tabindex') === '0').map((m) => m.dataset.iso3)).toEqual([right]);
    await user.keyboard('{ArrowDown}');
    expect(focusedIso()).toBe(geo.neighbours.get(right)!.down);
    await user.keyboard('{Enter}');
    expect(useAppStore.getState().sel).toBe(geo.neighbours.get(right)!.down);
    await user.keyboard('{Escape}');
    expect(useAppStore.getState().sel).toBeNull();
  });

  /** The map with the focus on Afghanistan and `keys` typed. */
  const typedFromAfghanistan = async (keys: string) => {
    const user = userEvent.setup();
    render(<MapView layout={layout} />);
    act(() => mark('AFG').focus());
    await user.keyboard(keys);
    return user;
  };

  it('jumps by name with letters, reaching micro-states, and selects with Space', async () => {
    const user = await typedFromAfghanistan('tuv');
    expect(focusedIso()).toBe('TUV');
    await user.keyboard(' ');
    expect(useAppStore.getState().sel).toBe('TUV');
    await user.keyboard('{End}');
    expect(focusedIso()).toBe('ZWE');
  });

  it('jumps by the names of the page’s language: on a French page "all" is Allemagne, not Albania', async () => {
    await loadCatalogue('fr');
    act(() => useAppStore.setState({ lang: 'fr' }));
    const user = await typedFromAfghanistan('all');
    expect(focusedIso()).toBe('DEU');
    await user.keyboard('{End}');
    expect(focusedIso()).toBe('ZWE');
  });

  it('puts the selected country in the tab order', () => {
    render(<MapView layout={layout} />);
    act(() => useAppStore.getState().entitySelected('MLT'));
    expect(mark('MLT').getAttribute('tabindex')).toBe('0');
    expect(within(document.querySelector('.map-svg')!.parentElement!).queryAllByRole('tooltip')).toHaveLength(0);
  });
});
