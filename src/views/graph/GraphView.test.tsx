import { act, fireEvent } from '@testing-library/react';
import { render, seedView } from '../../testing/dataset';
import { beforeEach, describe, expect, it } from 'vitest';
import { testAtlas } from '../../data/testAtlas';
import { parseFilters } from '../../data/filters';
import { FAMILIES_OFF_BY_DEFAULT, neighbourhood } from '../../graph/model';
import { DEFAULT_VIEW, useAppStore } from '../../store/appStore';
import { selectGraph, withAtlas } from '../../store/derived';
import { loadCatalogue } from '../../i18n/catalogue';
import { GraphView } from './GraphView';

const atlas = testAtlas();
const node = (c: HTMLElement, id: string) => c.querySelector<SVGGElement>(`[data-node-id="${id}"]`);
const edges = (c: HTMLElement, family: string) => c.querySelectorAll(`.edges > [data-edge-family="${family}"]`).length;
/** After the next frame is painted (lib/afterPaint.ts). */
const afterFrame = () => act(() => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0))));

beforeEach(() => {
  seedView(atlas, { ...DEFAULT_VIEW, hover: null, hiddenFamilies: FAMILIES_OFF_BY_DEFAULT, notices: [] });
});

describe('GraphView', () => {
  it('draws every node with the contract attributes', () => {
    const { container } = render(<GraphView />);
    const nodes = container.querySelectorAll('[data-node-id]');
    expect(nodes.length).toBe(selectGraph(withAtlas(useAppStore.getState(), atlas))!.nodes.length);
    expect(nodes.length).toBeGreaterThanOrEqual(150);
    expect(node(container, 'KOR')).toHaveAttribute('aria-label', expect.stringContaining('Korea'));
    expect(node(container, 'KOR')).toHaveAttribute('data-status', 'none');
    expect(node(container, 'USA')).toHaveAttribute('data-status', 'party');
    expect(node(container, 'europol')).toHaveAttribute('data-status', 'no-data');
  });

  it('names the organisations in the page\'s language: a Chinese page\'s network says 欧洲刑警组织 and 国际刑警组织', async () => {
    await loadCatalogue('zh');
    useAppStore.setState({ lang: 'zh' });
    const { container } = render(<GraphView />);
    expect(node(container, 'europol')!.getAttribute('aria-label')).toMatch(/^欧洲刑警组织（欧盟执法合作署）/);
    expect(node(container, 'interpol')!.getAttribute('aria-label')).toMatch(/^国际刑警组织/);
    expect(node(container, 'cis-2018')!.getAttribute('aria-label')).toMatch(/^独联体成员国/);
    expect(container.textContent).not.toContain('EU Agency for Law Enforcement Cooperation');
    // the focus control says the short form (the record heading has the full title)
    act(() => useAppStore.setState({ sel: 'cis-2018' }));
    expect(container.textContent).toContain('独联体2018年协定');
  });

  it('selects through the store both ways', () => {
    const { container } = render(<GraphView />);
    fireEvent.click(node(container, 'KOR')!.querySelector('.glyph')!);
    expect(useAppStore.getState().sel).toBe('KOR');
    expect(node(container, 'KOR')).toHaveAttribute('data-selected', 'true');
    // the map's rule: clicking the selection again clears it
    fireEvent.click(node(container, 'KOR')!.querySelector('.glyph')!);
    expect(useAppStore.getState().sel).toBeNull();
    fireEvent.click(node(container, 'KOR')!.querySelector('.glyph')!);
    act(() => useAppStore.getState().entitySelected('europol'));
    expect(node(container, 'KOR')).not.toHaveAttribute('data-selected');
    expect(node(container, 'europol')).toHaveAttribute('data-selected', 'true');
    const partners = container.querySelectorAll('[data-highlighted="true"]');
    expect(partners.length).toBeGreaterThanOrEqual(10);
    expect(node(container, 'DEU')).toHaveAttribute('data-highlighted', 'true');
  });

  it('hovering marks the neighbourhood, lifts it above the rest and fades the rest through one container class', async () => {
    const { container } = render(<GraphView />);
    fireEvent.pointerMove(node(container, 'KOR')!.querySelector('.glyph')!);
    // after the frame is painted (the map's rule): a move itself writes nothing
    expect(useAppStore.getState().hover).toBeNull();
    await afterFrame();
    expect(useAppStore.getState().hover).toBe('KOR');
    expect(container.querySelector('g.nodes')).toHaveClass('hovering');
    const lit = [...container.querySelectorAll('[data-hover-in="true"]')].map((n) => n.getAttribute('data-node-id'));
    expect(new Set(lit)).toEqual(neighbourhood(selectGraph(withAtlas(useAppStore.getState(), atlas))!, 'KOR', 1));
    expect([...container.querySelectorAll('g.nodes > .lit > [data-node-id]')].map((n) => n.getAttribute('data-node-id'))).toEqual(lit);
    fireEvent.pointerLeave(container.querySelector('svg.graph-svg')!);
    await afterFrame();
    expect(useAppStore.getState().hover).toBeNull();
    expect(container.querySelectorAll('[data-hover-in="true"]').length).toBe(0);
    expect(container.querySelector('g.nodes')).not.toHaveClass('hovering');
    expect(container.querySelectorAll('g.nodes > .lit > *').length).toBe(0);
  });

  it('a press holds the hover until it is released, so a click selects without a hover restyle first', async () => {
    const { container } = render(<GraphView />);
    const kor = node(container, 'KOR')!.querySelector('.glyph')!;
    // the pointer arrives and presses at once (a tap): the hover it asked for waits
    fireEvent.pointerMove(kor, { pointerId: 1 });
    fireEvent.pointerDown(kor, { button: 0, pointerId: 1 });
    await afterFrame();
    expect(useAppStore.getState().hover).toBeNull();
    fireEvent.pointerUp(window, { pointerId: 1 });
    fireEvent.click(kor);
    expect(useAppStore.getState().sel).toBe('KOR');
    expect(useAppStore.getState().hover).toBeNull();
    await afterFrame();
    expect(useAppStore.getState().hover).toBe('KOR');
  });

  it('ends a press whose release never reached the page at the next move with no button held (the hover is not frozen)', async () => {
    const { container } = render(<GraphView />);
    const svg = container.querySelector('svg.graph-svg')!;
    fireEvent.pointerDown(svg, { button: 0, pointerId: 1 });
    fireEvent.pointerMove(node(container, 'KOR')!.querySelector('.glyph')!, { buttons: 0, pointerId: 1 });
    await afterFrame();
    expect(useAppStore.getState().hover).toBe('KOR');
  });

  it('removes exactly one family’s links when it is turned off', async () => {
    const { container } = render(<GraphView />);
    await afterFrame(); // the first list follows the first frame
    const before = container.querySelectorAll('.edges > [data-edge-family]').length;
    const europol = edges(container, 'europol');
    const eurojust = edges(container, 'eurojust');
    expect(europol).toBeGreaterThan(0);
    expect(edges(container, 'interpol')).toBe(0);
    fireEvent.click(container.querySelector('button[data-family="europol"]')!);
    expect(edges(container, 'europol')).toBe(0);
    expect(edges(container, 'eurojust')).toBe(eurojust);
    expect(container.querySelectorAll('.edges > [data-edge-family]').length).toBe(before - europol);
    fireEvent.click(container.querySelector('button[data-family="interpol"]')!);
    expect(edges(container, 'interpol')).toBeGreaterThan(150);
  });

  it('shows one family alone from the "Show only" list (no colour to tell apart), and the default families again', async () => {
    const { container } = render(<GraphView />);
    await afterFrame();
    const only = container.querySelector<HTMLSelectElement>('select[data-family-only]')!;
    expect(only).toHaveAccessibleName('Show one link family only');
    expect(only.value).toBe('');
    const eurojust = edges(container, 'eurojust');
    fireEvent.change(only, { target: { value: 'eurojust' } });
    const listed = [...container.querySelectorAll('.edges > [data-edge-family]')].map((e) => e.getAttribute('data-edge-family'));
    expect(listed).toHaveLength(eurojust);
    expect(new Set(listed)).toEqual(new Set(['eurojust']));
    expect([...container.querySelectorAll('button[data-family][aria-pressed="true"]')].map((b) => b.getAttribute('data-family'))).toEqual(['eurojust']);
    expect(only.value).toBe('eurojust');
    // a second family turned on: no longer one alone
    fireEvent.click(container.querySelector('button[data-family="europol"]')!);
    expect(only.value).toBe('');
    fireEvent.change(only, { target: { value: '' } });
    expect(useAppStore.getState().hiddenFamilies).toEqual(FAMILIES_OFF_BY_DEFAULT);
  });

  it('focuses on a node’s neighbourhood', () => {
    const { container } = render(<GraphView />);
    act(() => useAppStore.getState().focusSet({ id: 'BIH', depth: 1 }));
    const g = selectGraph(withAtlas(useAppStore.getState(), atlas))!;
    const expected = neighbourhood(g, 'BIH', 1, (l) => !FAMILIES_OFF_BY_DEFAULT.includes(l.family));
    const shown = [...container.querySelectorAll('[data-node-id]')].map((n) => n.getAttribute('data-node-id'));
    expect(new Set(shown)).toEqual(expected);
    fireEvent.click(container.querySelector('[aria-label="Focus depth"] button[aria-pressed="false"]')!);
    expect(useAppStore.getState().focus).toEqual({ id: 'BIH', depth: 2 });
    fireEvent.click([...container.querySelectorAll('button')].find((b) => b.textContent === 'Show all')!);
    expect(useAppStore.getState().focus).toBeNull();
  });

  it('dims countries outside the filters and organisations with no matching partner', () => {
    const { container } = render(<GraphView />);
    act(() => useAppStore.getState().filtersSet(parseFilters(atlas, 'budapest:party').filters));
    expect(node(container, 'USA')).not.toHaveAttribute('data-dimmed');
    expect(node(container, 'RUS')).toHaveAttribute('data-dimmed', 'true');
    expect(node(container, 'budapest')).not.toHaveAttribute('data-dimmed');
    expect(node(container, 'sco-2009')).toHaveAttribute('data-dimmed', 'true');
  });

  it('moves between neighbours with the arrow keys and selects with Enter', () => {
    const { container } = render(<GraphView />);
    const start = node(container, 'budapest')!;
    expect(start).toHaveAttribute('tabindex', '0');
    act(() => start.focus());
    fireEvent.keyDown(start, { key: 'ArrowRight' });
    const now = document.activeElement!.getAttribute('data-node-id')!;
    expect(now).not.toBe('budapest');
    const g = selectGraph(withAtlas(useAppStore.getState(), atlas))!;
    expect(neighbourhood(g, 'budapest', 1).has(now)).toBe(true);
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    expect(useAppStore.getState().sel).toBe(now);
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(useAppStore.getState().sel).toBeNull();
  });

  it('keeps one node in the tab order, and Home and End go to the first and last node shown (the map\'s rule)', () => {
    const { container } = render(<GraphView />);
    const inTabOrder = () => [...container.querySelectorAll('[data-node-id][tabindex="0"]')].map((e) => e.getAttribute('data-node-id'));
    const shown = [...container.querySelectorAll('[data-node-id]')].map((e) => e.getAttribute('data-node-id'));
    act(() => node(container, 'budapest')!.focus());
    const end = fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(end).toBe(false); // handled: the page does not scroll
    expect(document.activeElement!.getAttribute('data-node-id')).toBe(shown.at(-1));
    expect(inTabOrder()).toEqual([shown.at(-1)]);
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement!.getAttribute('data-node-id')).toBe(shown[0]);
    expect(inTabOrder()).toEqual([shown[0]]);
    expect(useAppStore.getState().sel).toBeNull();
  });

  it('reaches every node shown from the keyboard: arrows follow links, letters go to a node by its name', () => {
    const { container } = render(<GraphView />);
    const all = [...container.querySelectorAll('[data-node-id]')];
    const focused = () => document.activeElement!.getAttribute('data-node-id')!;
    let now = 0;
    const press = (key: string, pause = 0) => {
      const e = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
      Object.defineProperty(e, 'timeStamp', { value: (now += 100 + pause) });
      act(() => { document.activeElement!.dispatchEvent(e); });
      return e.defaultPrevented;
    };
    act(() => node(container, 'budapest')!.focus());
    // a name typed in full leads to it; "fr" is France, not another F
    expect(press('f', 2000)).toBe(true);
    press('r');
    expect(focused()).toBe('FRA');
    press('a', 2000); press('u'); press('s'); press('t');
    expect(focused()).toBe('AUS');
    press('Enter');
    expect(useAppStore.getState().sel).toBe('AUS');
    // one letter pressed again and again visits every node whose name starts with it: every node is reached
    const reached = new Set<string>();
    const letters = all.map((e) => e.getAttribute('aria-label')![0].toLowerCase());
    for (const letter of new Set(letters))
      for (let i = 0; i <= letters.filter((l) => l === letter).length; i++) { press(letter, i === 0 ? 2000 : 0); reached.add(focused()); }
    expect(all.filter((e) => !reached.has(e.getAttribute('data-node-id')!)).map((e) => e.getAttribute('aria-label'))).toEqual([]);
    expect(reached.size).toBe(all.length);
  });
});
