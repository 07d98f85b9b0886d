// Which records a slide stands on, named by title, the authoritative ones first. Titles come from the dataset's
// sources (data/raw/*-sources.csv); nothing here invents a citation, it only orders and shortens what is there.
import type { Source } from '../data/schema';
import type { Sources } from '../data/sourceTexts';

export interface Citation {
  id: string;
  /** The source's title, shortened for a slide (trailing detail in parentheses dropped, "CoE" spelled out). */
  title: string;
  /** The title without its parenthesised notes, not cut to a length: where a slide has room to wrap it (a record card),
   *  and where the slide shortens `title`, its notes. */
  whole: string;
  url: string;
  /** 3: names the depositary's complete record (a Treaty Office chart, a UN Treaty Collection status page, a UN
   *  Digital Library voting record); 2: another depositary record (a notification) or a government's treaty
   *  database; 1: published by an official body; 0: anything else (news, blogs, copies). */
  rank: Rank;
  /** How many of the shown facts cite it. */
  uses: number;
}

export type Rank = 0 | 1 | 2 | 3;

/** Titles that name the depositary's own record or the UN's own collections: what a diplomat would cite. */
const DEPOSITARY = /\b(Treaty Office|UN Treaty Collection|United Nations Treaty Collection|UN Digital Library)\b/;
/** Official records kept by others (a government's treaty database). */
const OFFICIAL_RECORD = /\b(Treaty Database|treaty database)\b/;
/** Hosts of official publishers: the depositaries, the UN, governments. */
const OFFICIAL_HOST = /(^|\.)(coe\.int|un\.org|europa\.eu|overheid\.nl|verdragen\.nl|gov|gov\.[a-z]{2}|gouv\.fr|admin\.ch|europol\.europa\.eu|interpol\.int)$/;

/** A title that is only a web address ("9lib.net") says nothing to a reader. */
const BARE_HOST = /^[\w-]+(\.[\w-]+)+\/?$/;

const hostOf = (url: string) => { try { return new URL(url).hostname.replace(/^www\./, ''); } catch { return ''; } };

/** A record of every State at once, rather than of one deposit. */
const COMPLETE_RECORD = /\b(chart|status page|voting records?|parties table|party table)\b/i;

/** Each title's short forms and each source's rank, once: a slide asks for them for every source it cites, each time
 *  it is drawn (regular expressions and a URL parse each time: ~1.3 s of slideFit.test's 20 s profile). Keyed by the
 *  strings themselves, so the same answers whatever the caller; the dataset's titles are a few thousand. */
const shortened = new Map<string, string>();
const ranks = new Map<string, Rank>();

/** Ranked on the title without its parenthesised notes ("… (data from NL treaty database)" is not one). */
export function rankOf(s: Pick<Source, 'title' | 'url'>): Rank {
  const key = `${s.url.length}:${s.url}${s.title}`;
  let rank = ranks.get(key);
  if (rank === undefined) {
    if (ranks.size > 20_000) ranks.clear();
    ranks.set(key, (rank = rankOfTitle(s)));
  }
  return rank;
}
function rankOfTitle(s: Pick<Source, 'title' | 'url'>): Rank {
  const title = shortTitle(s.title);
  if (DEPOSITARY.test(title)) return COMPLETE_RECORD.test(s.title) ? 3 : 2;
  if (OFFICIAL_RECORD.test(title)) return 2;
  return OFFICIAL_HOST.test(hostOf(s.url)) ? 1 : 0;
}

/** "CoE Treaty Office: Chart of … Treaty 185 (first part, CoE members Albania-Germany)" →
 *  "Council of Europe Treaty Office: Chart of … Treaty 185". */
export function shortTitle(title: string, max = 110): string {
  const key = `${max}\n${title}`;
  let short = shortened.get(key);
  if (short === undefined) {
    if (shortened.size > 20_000) shortened.clear();
    shortened.set(key, (short = shorten(title, max)));
  }
  return short;
}
function shorten(title: string, max: number): string {
  let t = title.trim();
  // drop trailing parenthesised detail (crawl notes, excerpts), however many, unless only a web address would remain
  for (let prev = ''; prev !== t;) {
    prev = t;
    const cut = t.replace(/\s*\([^()]*\)\s*$/, '');
    if (!BARE_HOST.test(cut)) t = cut;
  }
  t = t.replace(/\bCoE\b/g, 'Council of Europe');
  if (t.length > max) t = `${t.slice(0, max - 1).replace(/[\s,;:-]+\S*$/, '')}…`;
  return t || title.slice(0, max);
}

/** Counts source ids (as cited by the shown facts) into ranked citations; unknown ids are skipped, and all of them
 *  while the sources' texts are not here (`null`). */
export function citationsOf(sources: Sources | null, uses: ReadonlyMap<string, number>): Citation[] {
  const out: Citation[] = [];
  for (const [id, n] of uses) {
    const s = sources?.byId.get(id);
    if (!s) continue;
    out.push({ id, title: shortTitle(s.title), whole: shortTitle(s.title, Infinity), url: s.url, rank: rankOf(s), uses: n });
  }
  // records first, then by how much of the slide each one carries; the id keeps the order stable
  return out.sort((a, b) => b.rank - a.rank || b.uses - a.uses || a.id.localeCompare(b.id));
}

/** The titles that fit a sources line of `maxChars`, at least one, and how many were left out. Titles that shorten
 *  to the same words (two crawls of one page) are named once. */
export function sourcesLine(cites: readonly Citation[], maxChars: number, maxNamed = 4): { named: string[]; more: number } {
  const named: string[] = [];
  let used = 0;
  let more = 0;
  for (const c of cites) {
    if (named.includes(c.title)) continue;
    if (named.length && (named.length >= maxNamed || used + c.title.length + 2 > maxChars)) { more++; continue; }
    named.push(c.title);
    used += c.title.length + 2;
  }
  return { named, more };
}

/** Fewest words a cut title keeps: "Council…", "Peru…" or "UN Digital…" name nothing a reader could look for. */
export const NAMING_WORDS = 4;
/** Per sources (read-only once made, data/sourceTexts.ts sourcesOf): every record's `whole` title and its words, and
 *  the answers already given. A record card's slide asks for each of its sources on every drawing (the slide sweeps of
 *  slideFit.test: ~0.9 s of its 15 s joining every title again for every question). */
const wholeTitles = new WeakMap<Sources, { titles: { text: string; words: string[] }[]; answers: Map<string, number> }>();
/** How many of the first words of a source's `whole` title a slide must keep when it cuts it with "…" to still name
 *  it: enough that no other record's title (of `sources`, each as `whole`) starts with the same words, and at least
 *  NAMING_WORDS; all of them when no shorter start is its own. A title the same as its own (two crawls of one page)
 *  is the same record. */
export function namingWords(whole: string, sources: Sources): number {
  let all = wholeTitles.get(sources);
  if (!all) wholeTitles.set(sources, (all = { titles: [...new Set([...sources.byId.values()].map((x) => shortTitle(x.title, Infinity)))].map((text) => ({ text, words: text.split(' ') })), answers: new Map() }));
  const known = all.answers.get(whole);
  if (known !== undefined) return known;
  const words = whole.split(' ');
  const others = all.titles.filter((t) => t.text !== whole).map((t) => t.words);
  let n = Math.min(NAMING_WORDS, words.length);
  while (n < words.length && others.some((t) => t.length >= n && words.slice(0, n).every((w, i) => t[i] === w))) n++;
  all.answers.set(whole, n);
  return n;
}
