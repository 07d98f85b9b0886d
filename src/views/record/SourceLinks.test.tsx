// A source line cut with an ellipsis (often before its date) opens whole without a hover: a tap or a key on its button.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../../data/dates';
import { testAtlas, testSources } from '../../data/testAtlas';
import { loadCatalogue } from '../../i18n/catalogue';
import { render, seedAtlas } from '../../testing/dataset';
import { useAppStore } from '../../store/appStore';
import { SourceLinks } from './SourceLinks';

const atlas = testAtlas();
const sources = testSources();
// two sources with long titles and a day as their as-of date: the lines the panel cuts
const ids = [...sources.byId.values()].filter((s) => /^\d{4}-\d{2}-\d{2}$/.test(s.asOf)).sort((a, b) => b.title.length - a.title.length).slice(0, 2).map((s) => s.id);

beforeAll(async () => {
  await loadCatalogue('en');
  seedAtlas(atlas);
});

describe('SourceLinks', () => {
  it('a tap opens a source line whole: its date, its id and what it supports, in the page, not a tooltip', async () => {
    const user = userEvent.setup();
    render(<SourceLinks atlas={atlas} ids={ids} />);
    const s = sources.byId.get(ids[0])!;
    const line = screen.getByRole('link', { name: new RegExp(`^${s.title.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).closest('li')!;
    const button = within(line).getByRole('button', { name: 'Show the whole source line' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(line).not.toHaveAttribute('data-open');
    expect(within(line).queryByText(`${ids[0]}: ${s.supports}`)).toBeNull();
    await user.pointer({ keys: '[TouchA]', target: button });
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(line).toHaveAttribute('data-open', 'true');
    // the link's own words carry the date; the opened part the id and the supported facts
    expect(within(line).getByRole('link')).toHaveTextContent(`(as of ${formatDate(s.asOf, 'en')})`);
    const detail = within(line).getByText(`${ids[0]}: ${s.supports}`);
    expect(button).toHaveAttribute('aria-controls', detail.id);
    // the other line stays closed
    expect(screen.getAllByRole('button', { expanded: false })).toHaveLength(1);
  });

  it('opens and closes from the keyboard', async () => {
    const user = userEvent.setup();
    render(<SourceLinks atlas={atlas} ids={ids} />);
    const s = sources.byId.get(ids[1])!;
    const button = screen.getAllByRole('button', { name: 'Show the whole source line' })[1];
    button.focus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard(' ');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText(`${ids[1]}: ${s.supports}`)).toBeNull();
  });

  it('two sources whose titles start alike read apart without a hover: the words that differ stay with the date, the start gives way', () => {
    // the record's "UN name" cites the M49 page and its six-language overview, whose titles share their first 76 characters
    const [m49, overview] = ['reg:R01', 'reg:R05'].map((id) => sources.byId.get(id)!);
    expect(overview.title.startsWith(m49.title)).toBe(true);
    const { container } = render(<SourceLinks atlas={atlas} ids={[m49.id, overview.id]} />);
    const links = [...container.querySelectorAll('a')];
    // the link reads as one text, the whole line
    expect(links.map((a) => a.textContent)).toEqual([m49, overview].map((s) => `${s.title} (as of ${formatDate(s.asOf, 'en')})`));
    // the part kept when the line is cut: a box of its own, from the first word that differs; the date after it
    expect(links.map((a) => a.querySelector('.source-key')?.textContent)).toEqual(['(M49)', overview.title.slice(m49.title.length - 5)]);
    expect(links.map((a) => a.querySelector('.source-date')?.textContent)).toEqual([m49, overview].map((s) => ` (as of ${formatDate(s.asOf, 'en')})`));
    // what gives way is the common start, the same in both
    expect(links.map((a) => a.querySelector('.source-start')?.textContent)).toEqual([0, 1].map(() => m49.title.slice(0, -5)));
  });

  it('on an Arabic page keeps the English title, as-of note and id in their order, in the line and its tooltip', async () => {
    await loadCatalogue('ar');
    act(() => useAppStore.setState({ lang: 'ar' }));
    try {
      // a title that ends with "(newer crawl)" and an as-of that is a note, not a date: what a right-to-left line reorders
      const s = sources.byId.get('coe:S02')!;
      expect(s.title).toMatch(/\)$/);
      const { container } = render(<SourceLinks atlas={atlas} ids={['coe:S02']} />);
      const line = container.querySelector('li')!;
      const LRI = '\u2066', PDI = '\u2069';
      expect(line.title).toBe(`${LRI}${s.title}${PDI} \u2067(بتاريخ ${LRI}${s.asOf}${PDI})${PDI} · ${LRI}coe:S02: ${s.supports}${PDI}`);
      // the line itself: the English words in elements of their own, left to right (isolated)
      const english = [...line.querySelectorAll('a [lang="en"]')];
      // the title in two parts, its start and the words that tell it from the other Netherlands crawl
      expect(english.map((e) => [e.textContent, e.getAttribute('dir')])).toEqual([[s.title.slice(0, -'(newer crawl)'.length), 'ltr'], ['(newer crawl)', 'ltr'], [s.asOf, 'ltr']]);
      expect(line.querySelector('a')!.textContent).toBe(`${s.title} \u2067(بتاريخ ${s.asOf})\u2069`);
    } finally {
      act(() => useAppStore.setState({ lang: 'en' }));
    }
  });
});
