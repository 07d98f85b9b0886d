import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { render, seedSources, seedView } from '../../testing/dataset';
import userEvent from '@testing-library/user-event';
import { Profiler } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../i18n/catalogue';
import { testAtlas, testSources } from '../../data/testAtlas';
import { formatDate } from '../../data/dates';
import { DEFAULT_VIEW, useAppStore } from '../../store/appStore';
import { buildGraph } from '../../graph/model';
import { EntityRecord } from './EntityRecord';
import raw from '../../../data/atlas.json';
import type { Dataset } from '../../data/schema';
import { splitSourceTexts } from '../../data/sourceTexts';
import { normaliseDataset } from '../../data/atlas';
import { validateSourceTexts } from '../../data/loadDataset';

const atlas = testAtlas();
const sources = testSources();
const show = (sel: string, t: string | null = null) => {
  act(() => seedView(atlas, { ...DEFAULT_VIEW, sel, t }));
  render(<EntityRecord />);
  return screen.getByRole('region', { name: 'Country details' });
};

describe('EntityRecord', () => {
  beforeEach(() => act(() => seedView(atlas, { ...DEFAULT_VIEW })));

  it('names Korea with https source links that open safely', () => {
    const region = show('KOR');
    expect(within(region).getByRole('heading', { level: 2 })).toHaveTextContent('Republic of Korea');
    // every anchor, hidden or not (a role query computed the style of each link and its ancestors: ~0.7 s of CPU)
    const links = [...region.querySelectorAll('a')];
    expect(links.length).toBeGreaterThan(5);
    for (const a of links) {
      expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
      expect(a).toHaveAttribute('target', '_blank');
      expect(a).toHaveAttribute('rel', 'noopener noreferrer');
    }
    const ids = new Set(links.map((a) => a.getAttribute('href')));
    expect(ids.has(sources.byId.get('net:S50')!.url)).toBe(true);
    expect(region).toHaveTextContent(/voted against A\/RES\/74\/247/);
  });

  it('an organisation at a past date says how many of its relations it cannot count (no start date, evidenced later)', async () => {
    const past = '2003-01-01';
    // oracle: the raw rows with no date that the network of that day does not draw
    const drawn = buildGraph(atlas, past).links;
    const undrawn = atlas.dataset.edges.filter((e) => (e.source === 'interpol' || e.target === 'interpol') && !e.date
      && !drawn.some((l) => l.source === e.source && l.target === e.target && l.relation === e.relation));
    // on 2003-01-01 two: Ukraine (evidenced from 2004-05-14, net:S357) and Yemen (2014-02-26, net:S355); INTERPOL's
    // 2000 list (net:S354) and Serbia's 2001 readmission (net:S223) bound the others
    expect(undrawn.length).toBeGreaterThan(1);
    const region = show('interpol', past);
    expect(await within(region).findByText(`Not counted: ${undrawn.length} relations on record only from a later source, with no start date (unknown at this date).`)).toBeInTheDocument();
    cleanup();
    const today = show('interpol');
    await within(today).findByText(/Members and partners at this date/);
    expect(within(today).queryByText(/^Not counted/)).toBeNull();
  });

  it('a source line cut short says its whole title and as-of date in its tooltip', () => {
    const region = show('USA');
    const lines = [...region.querySelectorAll<HTMLElement>('.sources li[title]')];
    expect(lines.length).toBeGreaterThan(5);
    for (const li of lines) {
      const id = li.title.match(/ · ([a-z]+:[A-Z0-9]+): /)![1];
      const src = sources.byId.get(id)!;
      expect(li.title.startsWith(`${src.title} (as of `)).toBe(true);
      expect(li.title).toContain(src.supports);
    }
  });

  it("carries the seed's relations: SPO meetings with the FBI, engagement with BKA and EC3, Microsoft", () => {
    const region = show('KOR');
    const via = within(region).getByRole('heading', { name: /Through Supreme Prosecutors/ }).closest('section')!;
    for (const name of [/Federal Bureau of Investigation/, /Bundeskriminalamt/, /EC3/, /Microsoft/])
      expect(within(via).getByRole('button', { name })).toBeInTheDocument();
    expect(via).toHaveTextContent('regular meetings');
  });

  it('before a treaty opened for signature says when it opened, not "no data" (CETS 224 in 2018; Japan signed on the day)', async () => {
    const region = show('JPN', '2018-06-01');
    await within(region).findByText(/Second Protocol/);
    const facts = [...region.querySelectorAll('[data-not-yet-open]')].map((e) => e.textContent);
    expect(facts).toEqual(['Opened for signature on 12 May 2022: no State could sign or join it before']);
    expect(region).not.toHaveTextContent(/Second Protocol[^:]*: No data/);
  });

  it('marks an unverified fact (ETS 189, e.g. Serbia) and shows its note', () => {
    const id = [...atlas.treaty.ets189.values()].find((f) => f.unverified && !atlas.treaty.cets185.get(f.country)?.unverified)!.country;
    const region = show(id);
    const fact = within(region).getByText('First Protocol (ETS 189)').closest('li')!;
    expect(within(fact).getByText('unverified')).toBeInTheDocument();
    expect(fact).toHaveTextContent(atlas.treaty.ets189.get(id)!.note!);
    const cets185 = within(region).getByText('Budapest Convention (CETS 185)').closest('li')!;
    expect(within(cets185).queryByText('unverified')).toBeNull();
  });

  it('says in words what is known of an undated status: unknown before its evidence, "by … at the latest" from it (Serbia)', () => {
    const before = within(show('SRB', '2010-01-01')).getByText('Budapest Convention (CETS 185)').closest('li');
    expect(before).toHaveTextContent('Unknown at this date (Party by 1 June 2011 at the latest');
    cleanup();
    const from = within(show('SRB', '2011-06-01')).getByText('Budapest Convention (CETS 185)').closest('li');
    expect(from).toHaveTextContent('Party by 1 June 2011 at the latest (exact date not recorded)');
  });

  it('a relation known only by a bound says "by … at the latest", and its stage once (Burkina Faso, invited to accede)', () => {
    const region = show('BFA');
    const budapest = within(region).getAllByRole('button', { name: 'Budapest Convention on Cybercrime (CETS 185)' })
      .map((b) => b.closest('li')!).find((li) => li.closest('[data-relations-apart]'))!;
    expect(budapest).toHaveTextContent(`invited, by ${formatDate(atlas.asOf, 'en')} at the latest`);
    expect(budapest).not.toHaveTextContent('invited, invited');
    // a dated relation keeps its day
    const untoc = within(region).getByRole('button', { name: /Transnational Organized Crime/ }).closest('li')!;
    expect(untoc).toHaveTextContent('party to, in force, 15 May 2002');
  });

  it('writes relations as English writes them: "CLOUD Act agreement", "e-evidence agreement"', () => {
    expect(show('GBR')).toHaveTextContent('CLOUD Act agreement, in force');
    cleanup();
    const h = [...show('eu').querySelectorAll('h4')].find((x) => x.textContent!.startsWith('e-evidence agreement'))!;
    expect(h).toHaveTextContent(/^e-evidence agreement 1(?!\d)/);
    expect(h.querySelector('.count')).toHaveTextContent(/^1$/);
  });

  it('shows no vote, sponsorship or withdrawal before its day (Russia, 2003)', () => {
    const region = show('RUS', '2003-01-27');
    const fact = (label: string) => within(region).getByText(label).closest('li')!;
    const vote = fact('Vote on A/RES/74/247');
    expect(vote).toHaveTextContent('Not yet voted (Yes, 27 December 2019, after the date shown)');
    expect(vote.querySelector('strong')).toHaveTextContent('Not yet voted');
    const draft = fact('Draft A/C.3/74/L.11');
    expect(draft).toHaveTextContent('Co-sponsor (after the date shown)');
    expect(draft.querySelector('strong')).toBeNull();
    // blocs.csv: member of the Council of Europe from 1996-02-28, withdrawn from 2022-03-16
    const coe = [...region.querySelectorAll('[aria-labelledby="rec-blocs"] li')].find((li) => li.textContent!.includes('28 February 1996'))!;
    expect(coe).toHaveTextContent('member, since 28 February 1996, until 16 March 2022 (after the date shown)');
    expect(coe).not.toHaveTextContent('withdrawn');
    cleanup();
    const later = show('RUS', '2024-01-01');
    expect(within(later).getByText('Vote on A/RES/74/247').closest('li')!.querySelector('strong')).toHaveTextContent('Yes');
    expect(within(later).getByText('Draft A/C.3/74/L.11').closest('li')!.querySelector('strong')).toHaveTextContent('Co-sponsor');
  });

  it('does not say a State was "not among the co-sponsors" of the 2019 draft in 2005, before there was a draft (Brazil)', () => {
    const draft = (t: string | null) => {
      cleanup();
      return within(show('BRA', t)).getByText('Draft A/C.3/74/L.11').closest('li')!;
    };
    const before = draft('2005-06-01');
    expect(before).toHaveTextContent(`Not among the ${atlas.sponsors.size} recorded co-sponsors (after the date shown)`);
    expect(before.querySelector('.later')).toHaveTextContent(/^Not among/);
    const after = draft(null);
    expect(after).toHaveTextContent(`Not among the ${atlas.sponsors.size} recorded co-sponsors`);
    expect(after).not.toHaveTextContent('after the date shown');
  });

  it('clicking the other end of a relation selects it; buttons compare and focus', async () => {
    const region = show('BIH');
    await userEvent.click(within(region).getByRole('button', { name: 'Compare' }));
    expect(useAppStore.getState().cmp).toEqual(['BIH']);
    await userEvent.click(within(region).getByRole('button', { name: 'Focus in graph' }));
    expect(useAppStore.getState().focus).toEqual({ id: 'BIH', depth: 1 });
    await userEvent.click(within(region).getAllByRole('button', { name: /Eurojust/ })[0]);
    expect(useAppStore.getState().sel).toBe('eurojust');
  });

  it('a new selection names the new entity at once and never shows the previous facts under it', () => {
    // what every commit leaves in the document: a Profiler's onRender runs in the commit, after its DOM changes
    const seen: { heading: string; stale: boolean; hidden: boolean; kind: string }[] = [];
    const look = () => {
      const region = document.querySelector('[role="region"]');
      const facts = region?.querySelector('.record-facts');
      if (!region || !facts) return;
      seen.push({ heading: region.querySelector('h2')!.textContent!, stale: facts.hasAttribute('data-stale'),
        hidden: facts.getAttribute('aria-hidden') === 'true' && facts.hasAttribute('inert'), kind: facts.querySelector('.record-kind')?.textContent ?? '' });
    };
    act(() => seedView(atlas, { ...DEFAULT_VIEW, sel: 'KOR' }));
    render(<Profiler id="record" onRender={look}><EntityRecord /></Profiler>);
    seen.length = 0;
    act(() => useAppStore.getState().entitySelected('BRA'));
    expect(seen.length).toBeGreaterThanOrEqual(2); // the click's commit, then the facts'
    expect(seen[0]).toEqual({ heading: 'Brazil', stale: true, hidden: true, kind: expect.stringContaining('KOR') });
    for (const s of seen) expect(s.heading).toBe('Brazil');
    for (const s of seen) if (s.kind.includes('KOR')) expect(s.stale && s.hidden).toBe(true);
    expect(seen.at(-1)).toEqual({ heading: 'Brazil', stale: false, hidden: false, kind: expect.stringContaining('BRA') });
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('gives organisations a record with members grouped by relation and counted', () => {
    const region = show('europol');
    expect(within(region).getByRole('heading', { level: 2 })).toHaveTextContent('Europol');
    const groups = within(region).getAllByRole('heading', { level: 4 });
    expect(groups.length).toBeGreaterThan(1);
    const total = groups.reduce((n, h) => n + Number(h.querySelector('.count')!.textContent), 0);
    const direct = atlas.edges.filter((e) => e.source === 'europol' || e.target === 'europol').length;
    expect(total).toBeLessThanOrEqual(direct);
    expect(total).toBeGreaterThan(10);
    expect(within(region).getAllByRole('button', { name: atlas.countryById.get('NLD')!.name }).length).toBeGreaterThan(0);
  });
});

describe('when a treaty binds the State: the deposit, and the entry into force for it', () => {
  const line = (id: string, t: string | null, label: string) => within(show(id, t)).getByText(label).closest('li')!;

  it('Brazil, between its accession (2022-11-30) and the day it is bound (2023-03-01, coe:S45): a Party not yet bound', () => {
    const between = line('BRA', '2023-01-15', 'Budapest Convention (CETS 185)');
    expect(between).toHaveTextContent(/^Budapest Convention \(CETS 185\) Party \(not yet in force for it\); ratified or acceded 30 November 2022; in force 1 March 2023 \(after the date shown\)/);
    cleanup();
    const bound = line('BRA', '2023-03-01', 'Budapest Convention (CETS 185)');
    expect(bound).toHaveTextContent(/Party; ratified or acceded 30 November 2022; in force 1 March 2023/);
    expect(bound.querySelector('[data-not-in-force]')).toBeNull();
  });

  it('a First Protocol entry into force no column records is computed from the deposit, with its article (Slovakia: coe:S84 gives 1 October 2023)', () => {
    const fact = line('SVK', null, 'First Protocol (ETS 189)');
    expect(fact.querySelector('[data-in-force]')).toHaveAttribute('data-in-force', '2023-10-01');
    expect(fact).toHaveTextContent('ratified or acceded 28 June 2023; in force 1 October 2023 (computed from the deposit: Art. 10(2), 11(2))');
  });

  it('the Second Protocol is not in force: Japan has ratified it and is not bound (3 of 5 ratifications, Art. 16(3); coe:S02)', () => {
    const fact = line('JPN', null, 'Second Protocol (CETS 224)');
    expect(fact).toHaveTextContent(/^Second Protocol \(CETS 224\) Ratified \(not yet in force for it\); signed 12 May 2022; ratified or acceded 10 August 2023; the Protocol is not in force: 3 of the 5 ratifications it needs \(Art\. 16\(3\)\)/);
    cleanup();
    expect(line('JPN', '2023-09-01', 'Second Protocol (CETS 224)')).toHaveTextContent('2 of the 5 ratifications it needs');
  });
});

describe('statements of absence cite the complete lists they rest on', () => {
  it('"not party" to the Budapest Convention links the Council of Europe party list', () => {
    const region = show('KOR');
    const fact = within(region).getByText('Budapest Convention (CETS 185)').closest('li')!;
    const hrefs = [...fact.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain(sources.byId.get('coe:S05')!.url);
  });

  it("a signatory's record counts the UN convention's deposits towards the 40, citing the complete lists", () => {
    const region = show('AZE');
    const entry = within(region).getByText('Entry into force of the UN convention').closest('li')!;
    expect(entry).toHaveTextContent('0 of the 40 ratifications needed recorded as deposited; not in force');
    const hrefs = within(entry).getAllByRole('link').map((a) => a.getAttribute('href'));
    for (const id of atlas.dataset.listSources['un-convention']) expect(hrefs).toContain(sources.byId.get(id)!.url);
    // Azerbaijan's own row keeps its note: the ratification law, not a deposit.
    expect(region).toHaveTextContent(/deposit of instrument with UN Secretary-General NOT verified/);
  });

  it('shows no entry-into-force line before the convention opened for signature', () => {
    const region = show('AZE', '2020-01-01');
    expect(within(region).queryByText('Entry into force of the UN convention')).toBeNull();
  });

  it("lists Korea's request to be invited from its day on, with its source, and keeps its status", () => {
    const region = show('KOR');
    const line = region.querySelector('[data-request-date="2022-10-11"]')!;
    expect(line).toHaveTextContent('Asked to be invited to accede, 11 October 2022');
    const fact = line.closest('li')!;
    expect(within(fact as HTMLElement).getByRole('link')).toHaveAttribute('href', 'http://m.newspim.com/news/view/20221011001127');
    cleanup();
    expect(show('KOR', '2022-10-10').querySelector('[data-request-date]')).toBeNull();
  });
});

describe('records in French', () => {
  beforeEach(() => loadCatalogue('fr'));
  afterEach(() => act(() => useAppStore.setState({ lang: 'en' })));
  const showFr = (sel: string) => {
    act(() => seedView(atlas, { ...DEFAULT_VIEW, sel, lang: 'fr' }));
    render(<EntityRecord />);
    return screen.getByRole('region', { name: 'Détails du pays' });
  };

  it('an organisation\'s: its kind, members and relations in French, with UN names for the members', () => {
    const region = showFr('europol');
    expect(region.querySelector('.record-kind')).toHaveTextContent('Agence');
    expect(within(region).getByRole('heading', { level: 3 })).toHaveTextContent(/^Membres et partenaires à cette date \(\d+/);
    const groups = within(region).getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
    expect(groups.some((g) => /^membre de/.test(g!))).toBe(true);
    expect(within(region).getAllByRole('button', { name: 'Pays-Bas (Royaume des)' }).length).toBeGreaterThan(0);
    expect(within(region).getAllByText(/^Sources? de (ces|cet)/).length).toBeGreaterThan(0);
    for (const english of ['Members and partners', 'member of', 'Sources for these', 'not in force at this date', 'Headquarters'])
      expect(region).not.toHaveTextContent(english);
  });

  it('a country\'s: the UN name in French first, cited by the UN list it comes from, then the registry\'s English name', () => {
    const region = showFr('KOR');
    const fact = [...region.querySelectorAll('.facts > li')].find((li) => li.textContent!.startsWith('Nom ONU'))!;
    expect(fact).toHaveTextContent('Nom ONU République de Corée · Republic of Korea');
    // the names row's own source (the UN's list in the six languages) is cited beside the registry's
    for (const s of atlas.namesById.get('KOR')!.sources) expect(fact.textContent).toContain(sources.byId.get(s)!.title);
  });
});

describe("the data's notes, in English on every page", () => {
  beforeEach(() => loadCatalogue('ar'));
  afterEach(() => act(() => useAppStore.setState({ lang: 'en' })));
  // Serbia: a country note and notes on its facts (ETS 189, unverified)
  const NOTES = '.record-note [lang], .fact-note p';

  it('marks each note lang="en", isolated left to right on an Arabic page, and says "(in English)" once, on the first', async () => {
    act(() => seedView(atlas, { ...DEFAULT_VIEW, sel: 'SRB', lang: 'ar' }));
    render(<EntityRecord />);
    const region = document.querySelector<HTMLElement>('[role="region"]')!;
    await within(region).findAllByText('ملاحظة', { exact: false });
    const notes = [...region.querySelectorAll(NOTES)];
    expect(notes.length).toBeGreaterThan(1);
    for (const n of notes) {
      expect(n.getAttribute('lang'), n.textContent!).toBe('en');
      expect(n.getAttribute('dir'), n.textContent!).toBe('ltr');
    }
    const marks = region.querySelectorAll('.in-english');
    expect(marks).toHaveLength(1);
    expect(marks[0].textContent).toBe('(بالإنجليزية)');
    // on the record's first note: its paragraph, or the first fact note's summary
    const first = notes[0].closest('.record-note') ?? notes[0].closest('details')!.querySelector('summary')!;
    expect(first.contains(marks[0])).toBe(true);
    // an English source title is isolated too
    const title = region.querySelector('.sources a [lang="en"]');
    expect(title?.getAttribute('dir')).toBe('ltr');
  });

  it('says nothing of the kind on an English page, where the notes are still lang="en"', async () => {
    const region = show('SRB');
    await within(region).findAllByText('Note');
    const notes = [...region.querySelectorAll(NOTES)];
    expect(notes.length).toBeGreaterThan(1);
    for (const n of notes) {
      expect(n.getAttribute('lang')).toBe('en');
      expect(n.hasAttribute('dir')).toBe(false);
    }
    expect(region.querySelector('.in-english')).toBeNull();
  });
});

describe('the parts of a fact, joined in the page language', () => {
  afterEach(() => act(() => useAppStore.setState({ lang: 'en' })));

  // France: party to CETS 185, signed and ratified; each treaty's line lists its dates after its status
  for (const [lang, sep, not] of [['ar', '؛ ', /;/], ['zh', '；', /;/], ['en', '; ', /؛|；/]] as const) {
    it(`${lang}: "${sep.trim()}" between the status and its dates`, async () => {
      await loadCatalogue(lang);
      act(() => seedView(atlas, { ...DEFAULT_VIEW, sel: 'FRA', lang }));
      render(<EntityRecord />);
      const region = document.querySelector<HTMLElement>('[role="region"]')!;
      const values = [...region.querySelectorAll('#rec-treaties ~ .facts .fact-value')].map((v) => v.textContent!);
      expect(values.length).toBeGreaterThanOrEqual(3);
      expect(values[0].split(sep).length, values[0]).toBe(4);
      for (const v of values) expect(v).not.toMatch(not);
      // label and value joined as labelSep joins them: a space after ": ", none after Chinese '：' (its space is in it)
      const line = region.querySelector('#rec-treaties ~ .facts .fact-line')!;
      const between = line.querySelector('.fact-label')!.nextSibling;
      if (lang === 'zh') expect(between).toBe(line.querySelector('.fact-value'));
      else expect(between?.textContent).toBe(' ');
    });
  }
});

describe('parentheses: never one pair inside another, never two pairs in a row (six languages)', () => {
  afterEach(() => act(() => useAppStore.setState({ lang: 'en' })));
  // an article's paragraph ("Art. 36(4)", "第36(4)条") is part of its number, not an aside
  const asides = (text: string) => text.replace(/\d+\(\d+\)/g, 'N');
  const problems = (text: string) => {
    const s = asides(text);
    let depth = 0;
    for (const c of s) {
      if (c === '(' || c === '（') depth++;
      if (c === ')' || c === '）') depth--;
      if (depth > 1) return `nested in “${text}”`;
    }
    return /[)）]\s*[(（]/.test(s) ? `two in a row in “${text}”` : null;
  };
  // Russia before the 2019 vote; Brazil before the UN convention opened and between its accession and its entry into
  // force; Slovakia before its computed ETS 189 entry into force; Korea's relation groups (UNTOC, "via Europol (…)")
  const cases: [string, string | null][] = [['RUS', '2003-01-27'], ['BRA', '2005-06-01'], ['BRA', '2023-01-15'], ['SVK', '2023-07-01'], ['KOR', null]];
  for (const lang of ['en', 'ar', 'zh', 'fr', 'ru', 'es'] as const) {
    it(lang, async () => {
      await loadCatalogue(lang);
      const found: string[] = [];
      for (const [id, t] of cases) {
        cleanup();
        act(() => seedView(atlas, { ...DEFAULT_VIEW, sel: id, t, lang }));
        render(<EntityRecord />);
        const region = document.querySelector<HTMLElement>('[role="region"]')!;
        for (const el of region.querySelectorAll('.fact-value, h4')) {
          const p = problems(el.textContent!);
          if (p) found.push(`${id} ${t}: ${p}`);
        }
        // a group's size is its own mark after the name, not "(3)"
        for (const h of region.querySelectorAll('h4')) expect(h.querySelector('.count')?.textContent).toMatch(/^[\d٠-٩]+$/);
      }
      expect(found).toEqual([]);
      if (lang === 'en') {
        const value = (id: string, t: string, label: string) => {
          cleanup();
          act(() => seedView(atlas, { ...DEFAULT_VIEW, sel: id, t, lang }));
          render(<EntityRecord />);
          return screen.getByText(label).closest('li')!.querySelector('.fact-value')!.textContent;
        };
        expect(value('BRA', '2005-06-01', 'UN Convention against Cybercrime')).toMatch(/^Not yet open for signature \(opened 25 October 2025, after the date shown\)/);
        expect(value('SVK', '2023-07-01', 'First Protocol (ETS 189)')).toMatch(/in force 1 October 2023 \(after the date shown, computed from the deposit: Art\. 10\(2\), 11\(2\)\)$/);
      }
    });
  }
});

describe("the data's notes as the page gets them: with the sources' texts, after the first paint", () => {
  // the atlas of the core the page loads first, without the notes of its facts (data/notes.ts)
  const { core, texts } = splitSourceTexts(raw as Dataset);
  const coreAtlas = normaliseDataset(core);
  const region = () => document.querySelector<HTMLElement>('[role="region"]')!;

  it('says "Loading the note…" in each note until the texts arrive, then shows the note itself', async () => {
    act(() => { seedView(coreAtlas, { ...DEFAULT_VIEW, sel: 'SRB' }); seedSources(coreAtlas, null); });
    render(<EntityRecord />);
    const fact = within(region()).getByText('First Protocol (ETS 189)').closest('li')!;
    const note = atlas.treaty.ets189.get('SRB')!.note!;
    expect(within(fact).getByText('Note')).toBeInTheDocument();
    expect(fact).toHaveTextContent('Loading the note…');
    expect(fact).not.toHaveTextContent(note);
    const sources = await validateSourceTexts(coreAtlas, texts);
    act(() => seedSources(coreAtlas, sources));
    await waitFor(() => expect(fact).toHaveTextContent(note));
    expect(fact).not.toHaveTextContent('Loading the note…');
  });

  it("an organisation's own note too", async () => {
    const id = core.nodes.find((_, i) => core.noted!.nodes[i] === '1')!.id;
    act(() => { seedView(coreAtlas, { ...DEFAULT_VIEW, sel: id }); seedSources(coreAtlas, null); });
    render(<EntityRecord />);
    expect(region().querySelector('.record-note')).toHaveTextContent('Loading the note…');
    const sources = await validateSourceTexts(coreAtlas, texts);
    act(() => seedSources(coreAtlas, sources));
    await waitFor(() => expect(region().querySelector('.record-note [lang="en"]')).toHaveTextContent(atlas.nodeById.get(id)!.note!));
  });
});
