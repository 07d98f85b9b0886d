// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { LENSES } from '../data/lenses';
import { rankOf, shortTitle } from './citations';
import { filterPhrase } from '../i18n/filterWords';
import { defaultLayout, MAX_MAP_LABELS, slideModel } from './slideModel';
import { renderSlide } from './renderSlide';
import { atlas, geometry, svgDocument, view, viewOf, sources } from './slideTestAtlas';

const FILTERED = '?lens=unga-74-247&f=budapest:party;unga-74-247:yes';
/** Oracle from the raw dataset rows, not the lens code: Budapest Parties (as of the dataset's date) that voted Yes. */
const budapestYes = () => {
  const parties = new Set(atlas.dataset.treaties.filter((f) => f.treaty === 'cets185' && f.status === 'party').map((f) => f.country));
  return atlas.dataset.votes.filter((v) => v.resolution === 'unga-74-247' && v.vote === 'yes' && parties.has(v.country)).map((v) => v.country);
};
const official74 = () => atlas.dataset.resolutions.find((r) => r.id === 'unga-74-247')!.official;

describe('slide model: said in words', () => {
  it('states the filter with its count, the lens and the date', () => {
    const m = slideModel(atlas, sources, { view: viewOf(FILTERED) });
    const n = budapestYes().length;
    expect(m.statement).toBe(`${n} of ${atlas.countries.length}: Budapest Parties that voted Yes on A/RES/74/247`);
    // the default title is the lens: the line under it says the date, not the lens again
    expect(m.title).toBe(LENSES['unga-74-247'].label);
    expect(m.lensLine).toMatch(/^As of \d{1,2} \w+ \d{4}$/);
    // a title of the step's own keeps the lens under it
    const titled = slideModel(atlas, sources, { view: viewOf(FILTERED), title: 'Who voted for 74/247' });
    expect(titled.lensLine).toBe(`${LENSES['unga-74-247'].label}, ${m.lensLine.replace(/^A/, 'a')}`);
    expect(m.matching?.sort()).toEqual(budapestYes().sort());
  });

  it('before its instrument says why every State is not applicable, with the day it began (UN convention in 2019)', () => {
    const m = slideModel(atlas, sources, { view: viewOf('?lens=un-convention&t=2019-06-01&sel=FRA') });
    expect(m.statement).toBe('Opened for signature on 25 October 2025: no State could sign or join it before · Selected: France');
    expect(m.legend.find((l) => l.cls === 'no-data')?.total).toBe(atlas.countries.length);
    expect(slideModel(atlas, sources, { view: viewOf('?lens=unga-74-247&t=2018-06-01') }).statement).toBe('The vote was taken on 27 December 2019: no State had voted on it before');
    expect(slideModel(atlas, sources, { view: viewOf('?lens=un-convention') }).statement).toBe('');
  });

  it('counts what is shown against the official tally in the legend', () => {
    const m = slideModel(atlas, sources, { view: viewOf(FILTERED) });
    const yes = m.legend.find((l) => l.cls === 'yes')!;
    expect(yes.text).toBe(`Yes: ${budapestYes().length} shown of ${official74().yes}`);
    expect(m.legend.find((l) => l.cls === 'no')!.text).toBe(`No: 0 shown of ${official74().no}`);
    // unfiltered: the plain count
    expect(slideModel(atlas, sources, { view: view({ lens: 'unga-74-247' }) }).legend[0].text).toBe(`Yes: ${official74().yes}`);
  });

  it('names every filtered state on the map (up to the limit) and the selection first', () => {
    const m = slideModel(atlas, sources, { view: viewOf(`${FILTERED}&sel=KOR`) });
    expect(m.labels[0].name).toBe('Republic of Korea');
    expect(m.labels.map((l) => l.id)).toEqual(expect.arrayContaining(budapestYes()));
    const many = slideModel(atlas, sources, { view: view({ lens: 'unga-74-247', filters: { 'unga-74-247': ['yes'] } }) });
    expect(many.labels).toHaveLength(MAX_MAP_LABELS);
    expect(many.unlabelled).toBe(official74().yes - MAX_MAP_LABELS);
  });

  it('says filters in words across dimensions', () => {
    expect(filterPhrase(atlas, { 'unga-74-247': ['yes', 'no'] }, 'en')).toBe('States that voted Yes or No on A/RES/74/247');
    expect(filterPhrase(atlas, { 'un-convention': ['signatory'], bloc: ['eu'] }, 'en')).toMatch(/^Signatories of the UN Convention against Cybercrime that are members of /);
    expect(filterPhrase(atlas, { budapest: ['party'], region: ['un-african'] }, 'en')).toMatch(/^Budapest Parties that are in the .+ group$/);
    expect(filterPhrase(atlas, {}, 'en')).toBeNull();
    // CETS 224 is not in force (Art. 16(3): 3 of 5 ratifications): those that ratified it are not called its Parties
    expect(filterPhrase(atlas, { 'budapest-p2': ['party'] }, 'en')).toBe('States that ratified CETS 224');
    expect(filterPhrase(atlas, { budapest: ['party'], 'budapest-p2': ['party'] }, 'en')).toBe('Budapest Parties that ratified CETS 224');
  });

  it('pins a callout to a drawn country only, with its name', () => {
    expect(slideModel(atlas, sources, { view: view({}), callout: { id: 'KOR', text: '  Joined in 2023 ' } }).callout).toEqual({ id: 'KOR', text: 'Joined in 2023', name: 'Republic of Korea' });
    expect(slideModel(atlas, sources, { view: view({}), callout: { id: 'nowhere', text: 'x' } }).callout).toBeNull();
    expect(slideModel(atlas, sources, { view: view({}), callout: { id: 'KOR', text: '   ' } }).callout).toBeNull();
  });
});

describe('slide model: layouts', () => {
  it('chooses a layout from the content: nothing selected → no record', () => {
    expect(defaultLayout(atlas, view({}))).toBe('map');
    expect(defaultLayout(atlas, viewOf(FILTERED))).toBe('map');
    expect(defaultLayout(atlas, view({ sel: 'KOR' }))).toBe('map-record');
    expect(defaultLayout(atlas, view({ sel: 'europol' }))).toBe('network');
    expect(defaultLayout(atlas, view({ sel: 'KOR', focus: { id: 'KOR', depth: 1 } }))).toBe('map-network');
    expect(defaultLayout(atlas, view({ cmp: ['KOR', 'USA'] }))).toBe('compare');
    expect(slideModel(atlas, sources, { view: view({}) }).record).toBeNull();
  });

  it('honours the layout chosen in the deck editor', () => {
    const m = slideModel(atlas, sources, { view: viewOf(FILTERED), layout: 'table' });
    expect(m.layout).toBe('table');
    expect(m.table).toMatchObject({ kind: 'list' });
    if (m.table?.kind === 'list') expect(m.table.items.map((i) => i.id).sort()).toEqual(budapestYes().sort());
    const all = slideModel(atlas, sources, { view: view({ lens: 'unga-74-247' }), layout: 'table' });
    // too many names: counts by UN regional group, whose total row equals the official tally
    expect(all.table?.kind).toBe('crosstab');
    if (all.table?.kind === 'crosstab') expect(all.table.rows.at(-1)!.counts[0]).toBe(official74().yes);
  });

  it('builds the record of the selection under every lens, and compare rows per lens', () => {
    const rec = slideModel(atlas, sources, { view: view({ sel: 'KOR' }) }).record!;
    expect(rec.name).toBe('Republic of Korea');
    expect(rec.rows.map((r) => r.lens)).toEqual(Object.values(LENSES).map((l) => l.short));
    const cmp = slideModel(atlas, sources, { view: view({ cmp: ['KOR', 'USA'] }) }).compare!;
    expect(cmp.names).toEqual(['Republic of Korea', 'United States of America']);
    expect(cmp.rows.every((r) => r.cells.length === 2)).toBe(true);
  });
});

describe('slide model: a record card says when a treaty binds the State, as the record does', () => {
  const row = (q: string, lens: string) => slideModel(atlas, sources, { view: viewOf(q), layout: 'map-record' }).record!.rows.find((r) => r.lens === lens)!.text;
  it('a Party: the deposit, then the entry into force, recorded or computed (marked so), never before the slide\'s date', () => {
    // budapest.csv: BRA deposited 2022-11-30, in force 2023-03-01 (recorded)
    expect(row('?lens=budapest&sel=BRA', 'Budapest')).toBe('Budapest: Party (30 November 2022); in force 1 March 2023');
    expect(row('?lens=budapest&sel=BRA&t=2023-01-15', 'Budapest')).toBe('Budapest: Party (30 November 2022); not in force for it until 1 March 2023');
    // ETS 189: no entry into force recorded, computed from the deposit (Slovakia, 2023-06-… → 1 October 2023; coe:S84)
    expect(row('?lens=budapest-p1&sel=SVK', 'ETS 189')).toMatch(/^ETS 189: Party \(.+2023\); in force 1 October 2023 \(computed\)$/);
    // a consent before the treaty's own entry into force: in force on the treaty's day (Albania, CETS 185, 2004-07-01)
    expect(row('?lens=budapest&sel=ALB&t=2003-01-01', 'Budapest')).toBe('Budapest: Party (20 June 2002); not in force for it until 1 July 2004');
    // a deposit known only by a bound (Serbia: a Contracting State by 1 June 2011): in force by 1 October 2011 at the
    // latest, computed; before that day the bound says nothing of the slide's date, and the card says nothing of it
    expect(row('?lens=budapest&sel=SRB', 'Budapest')).toBe('Budapest: Party (by 1 June 2011); in force by 1 October 2011 at the latest (computed)');
    expect(row('?lens=budapest&sel=SRB&t=2011-07-01', 'Budapest')).toBe('Budapest: Party (by 1 June 2011)');
    // CETS 224 is not in force: how many of the five ratifications it needs are deposited
    expect(row('?lens=budapest-p2&sel=JPN', 'CETS 224')).toMatch(/^CETS 224: Ratified \(.+\); the Protocol is not in force: 3 of the 5 ratifications it needs$/);
    // a signatory, a vote: as before
    expect(row('?lens=budapest&sel=IRL', 'Budapest')).toMatch(/^Budapest: Signatory \(28 February 2002\)$/);
    expect(row('?lens=unga-74-247&sel=BRA', '74/247')).toBe('74/247: Abstained (27 December 2019)');
  });
});

describe('slide model: citations', () => {
  const domainList = /\b[\w-]+\.(com|org|net|ru|fr|nl|int)\b(,|\s|$)/;

  it('cites the UN Digital Library voting record first for a vote, by title', () => {
    const m = slideModel(atlas, sources, { view: viewOf(FILTERED) });
    expect(m.sourceNames[0].title).toMatch(/^UN Digital Library voting record/);
    expect(m.sourceLine).toMatch(/^Sources: UN Digital Library voting record/);
  });

  it('cites the Council of Europe Treaty Office chart first for Treaty 185, the UN Treaty Collection for the UN convention', () => {
    expect(slideModel(atlas, sources, { view: view({}) }).sourceNames[0].title).toMatch(/^Council of Europe Treaty Office: Chart/);
    expect(slideModel(atlas, sources, { view: view({ lens: 'un-convention' }) }).sourceNames[0].title).toMatch(/^UN Treaty Collection/);
  });

  it('never writes a list of web domains, for any lens, filter or selection', () => {
    const views = [view({}), viewOf(FILTERED), view({ sel: 'KOR' }), view({ lens: 'budapest-p2' }), view({ lens: 'unga-73-187', filters: { region: ['un-african'] } }), view({ sel: 'europol' })];
    for (const lens of Object.keys(LENSES)) views.push(view({ lens: lens as never }));
    for (const v of views) {
      const m = slideModel(atlas, sources, { view: v });
      expect(m.sourceNames.length).toBeGreaterThan(0);
      for (const s of m.sourceNames) expect(s.title).not.toMatch(/^[\w-]+(\.[\w-]+)+$/);
      expect(m.sourceLine).not.toMatch(domainList);
      // every named title is a dataset source's title (shortened), never made up
      for (const s of m.sourceNames) expect([...sources.byId.values()].some((src) => shortTitle(src.title) === s.title && src.url === s.url)).toBe(true);
    }
  });

  it('ranks the depositary record above a government database, copies and news', () => {
    expect(rankOf({ title: 'CoE Treaty Office: Chart of signatures and ratifications of Treaty 185', url: 'https://www.coe.int/x' })).toBe(3);
    expect(rankOf({ title: 'CoE Treaty Office notification JJ1 (copy on doczz)', url: 'https://doczz.fr/x' })).toBe(2);
    expect(rankOf({ title: 'Netherlands Treaty Database: ETS 189 party table', url: 'https://verdragen.nl/x' })).toBe(2);
    expect(rankOf({ title: 'Press release', url: 'https://www.coe.int/x' })).toBe(1);
    expect(rankOf({ title: 'inview.nl: Partijen (data from NL treaty database)', url: 'https://inview.nl/x' })).toBe(0);
    expect(shortTitle('9lib.net (Turkish thesis excerpt)')).toBe('9lib.net (Turkish thesis excerpt)');
    expect(shortTitle('CoE T-CY news list (2020)')).toBe('Council of Europe T-CY news list');
  });
});

describe('slide model: the graph panel\'s view', () => {
  it('a step saved with the matrix showing says its slide shows the network; a map-only slide says nothing of it', () => {
    const net = slideModel(atlas, sources, { view: viewOf('?sel=europol&graph=matrix'), layout: 'network' });
    expect(net.statement).toContain('Shown as a network (the step’s view shows the matrix)');
    expect(slideModel(atlas, sources, { view: viewOf('?sel=europol'), layout: 'network' }).statement).not.toMatch(/matrix/);
    expect(slideModel(atlas, sources, { view: viewOf('?graph=matrix'), layout: 'map' }).statement).not.toMatch(/matrix/);
  });

  it('a selected bloc is named and lights its members on the slide\'s network', () => {
    const m = slideModel(atlas, sources, { view: viewOf('?sel=bloc:eu&t=2004-05-01'), layout: 'network' });
    expect(m.statement).toContain('Selected: European Union');
    const lit = [...m.scene.nodes.values()].filter((n) => n.highlighted).map((n) => n.id);
    expect(lit).toContain('POL');
    expect(slideModel(atlas, sources, { view: viewOf('?sel=bloc:eu&t=2004-04-30'), layout: 'network' }).scene.nodes.get('POL')?.highlighted ?? false).toBe(false);
  });
});

describe('slide model: the legend counts what the slide draws', () => {
  /** Oracle from the raw dataset rows: the States that are Parties to Treaty 185. */
  const parties = () => new Set(atlas.dataset.treaties.filter((f) => f.treaty === 'cets185' && f.status === 'party').map((f) => f.country));
  /** The States the rendered slide draws in its network: the glyphs in the SVG that are countries. */
  const netStates = (svg: string) => [...svgDocument(svg).querySelectorAll('[data-role="network"] [data-node-id]')]
    .map((e) => e.getAttribute('data-node-id')!).filter((id) => atlas.countryById.has(id));
  const FOCUS = '?lens=budapest&sel=SRB&focus=SRB:1';

  it('a network round a focus counts its own States, "shown of" the lens\'s', async () => {
    const m = slideModel(atlas, sources, { view: viewOf(FOCUS), layout: 'network' });
    const drawn = netStates(renderSlide(m, await geometry()));
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.length).toBeLessThan(atlas.countries.length / 2);
    const party = m.legend.find((l) => l.cls === 'party')!;
    const n = drawn.filter((id) => parties().has(id)).length;
    expect(party.shown).toBe(n);
    expect(party.text).toBe(`${party.label}: ${n} shown of ${parties().size}`);
    // every drawn State is in exactly one class's count
    expect(m.legend.reduce((sum, l) => sum + l.shown, 0)).toBe(drawn.length);
  });

  it('a map beside a focus\'s network counts the map\'s States and says the network\'s', async () => {
    const m = slideModel(atlas, sources, { view: viewOf(FOCUS) });
    expect(m.layout).toBe('map-network');
    const drawn = netStates(renderSlide(m, await geometry()));
    const party = m.legend.find((l) => l.cls === 'party')!;
    expect(party.text).toBe(`${party.label}: ${parties().size}; ${drawn.filter((id) => parties().has(id)).length} in the network`);
  });

  it('a zoomed map counts a State whose box reaches into its window only if a part of it is there', async () => {
    const geo = await geometry();
    // North America and Greenland: France's box (French Guiana to Europe) reaches in, no part of France does
    const zoom = { k: 4, x: -480, y: -160 };
    const m = slideModel(atlas, sources, { view: view({ zoom: `${zoom.k},${zoom.x},${zoom.y}` }) }, geo);
    const counted = m.legend.reduce((sum, l) => sum + l.shown, 0);
    // the oracle: a State is in the window when a point of its outline is (the outlines' points are closer together
    // than the window is wide, and no State holds the whole window) or, drawn as a marker, its anchor is
    const inWindow = ([x, y]: number[]) => { const [sx, sy] = [zoom.k * x + zoom.x, zoom.k * y + zoom.y]; return sx >= 0 && sx <= geo.width && sy >= 0 && sy <= geo.height; };
    const pointsOf = (d: string) => [...d.matchAll(/(-?[\d.e]+),(-?[\d.e]+)/g)].map((p) => [Number(p[1]), Number(p[2])]);
    const inside = new Set([...geo.shapes.filter((sh) => pointsOf(sh.d).some(inWindow)).map((sh) => sh.id),
      ...geo.markers.filter((mk) => inWindow(mk.anchor)).map((mk) => mk.id)]);
    expect(inside.has('USA') && inside.has('CAN') && !inside.has('FRA')).toBe(true);
    const [[bx0, by0], [bx1, by1]] = geo.shapes.find((sh) => sh.id === 'FRA')!.bounds;
    expect(zoom.k * bx1 + zoom.x >= 0 && zoom.k * bx0 + zoom.x <= geo.width && zoom.k * by1 + zoom.y >= 0 && zoom.k * by0 + zoom.y <= geo.height).toBe(true);
    expect(counted).toBe(atlas.countries.filter((c) => inside.has(c.id)).length);
  });

  it('a zoomed map counts the States in its window', async () => {
    const geo = await geometry();
    const zoom = { k: 4, x: -1.9 * geo.width, y: -0.6 * geo.height };
    const m = slideModel(atlas, sources, { view: view({ zoom: `${zoom.k},${zoom.x},${zoom.y}` }) }, geo);
    const seen = (id: string) => { const [x, y] = geo.centre.get(id)!; const [sx, sy] = [zoom.k * x + zoom.x, zoom.k * y + zoom.y]; return sx >= 0 && sx <= geo.width && sy >= 0 && sy <= geo.height; };
    const centred = atlas.countries.filter((c) => geo.centre.has(c.id) && seen(c.id));
    const counted = m.legend.reduce((sum, l) => sum + l.shown, 0);
    // every State whose centre is in the window, a few more whose edges reach in, far from all 190-odd
    expect(counted).toBeGreaterThanOrEqual(centred.length);
    expect(counted).toBeLessThan(centred.length + 15);
    expect(centred.map((c) => c.id)).toEqual(expect.arrayContaining(['FRA', 'DEU']));
    expect(seen('AUS') || seen('BRA')).toBe(false);
    const party = m.legend.find((l) => l.cls === 'party')!;
    expect(party.text).toBe(`${party.label}: ${party.shown} shown of ${parties().size}`);
    // the same slide without a zoom counts every State
    expect(slideModel(atlas, sources, { view: view({}) }, geo).legend.reduce((sum, l) => sum + l.shown, 0)).toBe(atlas.countries.length);
  });
});

describe('slide model: the sources\' texts not loaded', () => {
  it('says the titles could not be loaded and lists the ids the shown facts cite, not "no source applies"', async () => {
    const geo = await geometry();
    for (const v of [view({}), viewOf(FILTERED), view({ sel: 'KOR' })]) {
      const full = slideModel(atlas, sources, { view: v });
      // as drawn before the sources' texts arrive (offline, a copy without their file): facts and ids, no titles
      const m = slideModel(atlas, null, { view: v });
      expect(m.sourceLine).not.toMatch(/no source applies/);
      expect(m.sourceLine).toMatch(/^Sources: the sources' titles could not be loaded; their ids: \S/);
      expect(m.sourceNames).toEqual([]);
      expect(m.sourceIds.length).toBeGreaterThan(0);
      // the ids are the ones the full slide cites, most cited first, the rest counted
      const cited = new Set(full.citations.map((c) => c.id));
      for (const id of m.sourceIds) { expect(cited.has(id), id).toBe(true); expect(m.sourceLine).toContain(id); }
      // (a record card without the titles names no source, so its rows need no room for them: it may show more rows,
      // and cite theirs)
      if (m.record) expect(m.sourceIds.length + m.sourcesMore).toBeGreaterThanOrEqual(full.citations.length);
      else expect(m.sourceIds.length + m.sourcesMore).toBe(full.citations.length);
      expect(svgDocument(renderSlide(m, geo)).documentElement.textContent).toContain(m.sourceIds[0]);
    }
  });
});

describe('slide model: a network drawn before its lens\'s instrument', () => {
  // Europol selected under the UN convention lens in 2015: the convention did not exist, Europol's agreements did
  const v = view({ sel: 'europol', lens: 'un-convention', t: '2015-06-30' });

  it('cites the drawn links\' sources at that date, not "no source applies"', () => {
    const m = slideModel(atlas, sources, { view: v });
    expect(m.layout).toBe('network');
    expect(m.sourceLine).not.toMatch(/no source applies/);
    expect(m.sourceNames.length).toBeGreaterThan(0);
    // oracle from the raw rows: every cited id is evidence of a link (an agreement, a Budapest party's), as no
    // State has a UN convention status to cite yet
    const rows = [...atlas.dataset.edges, ...atlas.dataset.treaties];
    const linkSources = new Set(rows.flatMap((e) => JSON.stringify(e).match(/"[a-z]+:[A-Za-z0-9._-]+"/g) ?? []).map((q) => q.slice(1, -1)));
    for (const c of m.citations) expect(linkSources.has(c.id), c.id).toBe(true);
    const europol = atlas.dataset.edges.filter((e) => e.source === 'europol' || e.target === 'europol');
    expect(m.citations.some((c) => europol.some((e) => JSON.stringify(e).includes(`"${c.id}"`)))).toBe(true);
  });

  it('lists no status nobody could hold yet, and says why', () => {
    const m = slideModel(atlas, sources, { view: v });
    expect(m.legend.map((l) => l.text)).not.toContainEqual(expect.stringMatching(/0 shown of 0/));
    expect(m.legend.every((l) => l.total > 0)).toBe(true);
    expect(m.statement).toMatch(/^Opened for signature on 25 October 2025: no State could sign or join it before/);
    // once the convention exists, its statuses are listed even when nobody holds one
    expect(slideModel(atlas, sources, { view: { ...v, t: null } }).legend.map((l) => l.cls)).toContain('ratified');
  });
});
