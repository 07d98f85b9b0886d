import { act, cleanup, screen, within } from '@testing-library/react';
import { render, seedView } from '../../testing/dataset';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { testAtlas } from '../../data/testAtlas';
import { DEFAULT_VIEW, useAppStore } from '../../store/appStore';
import { EntityRecord } from './EntityRecord';

const atlas = testAtlas();
const show = (sel: string, t: string | null = null) => {
  act(() => seedView(atlas, { ...DEFAULT_VIEW, sel, t }));
  render(<EntityRecord />);
  return screen.getByRole('region', { name: 'Country details' });
};
/** Oracle from the raw rows of blocs.csv: EU members whose row starts on or before t and has not ended. */
const euRows = (t: string) => atlas.dataset.memberships.filter((m) => m.bloc === 'eu' && m.status !== 'observer'
  && m.since !== undefined && m.since <= t && (m.until === undefined || m.until > t));

describe('a selected bloc\'s record', () => {
  beforeEach(() => { cleanup(); act(() => seedView(atlas, { ...DEFAULT_VIEW })); });

  it('names the bloc and counts its members at the date, each with its join date and sources', () => {
    for (const t of ['2004-04-30', '2004-05-01']) {
      cleanup();
      const region = show('bloc:eu', t);
      expect(within(region).getByRole('heading', { level: 2 })).toHaveTextContent('European Union');
      const rows = euRows(t);
      const heading = within(region).getByRole('heading', { level: 3 });
      // the size as the record's count mark after the words, not "(25)"
      expect(heading.querySelector('.count')).toHaveTextContent(String(rows.length));
      expect(heading.textContent).not.toMatch(/[(（]/);
      const listed = [...region.querySelectorAll('[data-member]')].map((e) => e.getAttribute('data-member'));
      expect(listed.sort()).toEqual(rows.map((m) => m.country).sort());
      expect(listed.includes('POL')).toBe(t === '2004-05-01');
    }
    // role queries over a 25-member record are slow in jsdom: find the member's fact by its data attribute
    const pol = document.querySelector('[data-member="POL"]')!.closest('li')!;
    expect(within(pol).getByRole('button', { name: 'Poland' })).toBeInTheDocument();
    expect(pol).toHaveTextContent(/since.*2004/);
    const link = within(pol).getByRole('link');
    expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('a member selects that country; the outline button outlines the bloc on map and network (ASEAN)', async () => {
    const region = show('bloc:asean');
    const outline = region.querySelector<HTMLButtonElement>('.record-actions button')!;
    expect(outline).toHaveTextContent('Outline on the map and network');
    expect(outline).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(outline);
    expect(useAppStore.getState().outline).toBe('asean');
    expect(outline).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(within(region.querySelector('[data-member="IDN"]')!.closest('li')!).getByRole('button', { name: 'Indonesia' }));
    expect(useAppStore.getState().sel).toBe('IDN');
  });

  it('a member that left later is a member at the date, not "withdrawn" (Russia in the Council of Europe, 2003)', () => {
    show('bloc:coe', '2003-01-27');
    const rus = document.querySelector('[data-member="RUS"]')!;
    expect(rus).toHaveTextContent(/^member, since 28 February 1996$/);
  });

  it('a country\'s record selects its blocs', async () => {
    const region = show('POL');
    await userEvent.click(within(region.querySelector('[aria-labelledby="rec-blocs"]') as HTMLElement).getByRole('button', { name: 'European Union' }));
    expect(useAppStore.getState().sel).toBe('bloc:eu');
  });

  it('a country\'s record carries its near-universal memberships as badges', () => {
    const region = show('KOR');
    const badges = region.querySelector('.record-universal')!;
    expect(badges).toHaveAttribute('data-universal', 'interpol untoc');
    expect(badges).toHaveTextContent('INTERPOL member');
    expect(badges).toHaveTextContent('party to UNTOC');
  });
});
