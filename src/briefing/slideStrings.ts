// What slides, handouts, the .pptx and the presenter view share beyond single messages: layout names and the sources
// line. Every word comes from the ICU catalogues (src/i18n/messages) in the step's own language.
import { formatMessage, type MessageKey } from '../i18n/catalogue';
// English words isolated by `englishOn`: lines cut from a text stay balanced (textFit.ts wrap)
import { commaSep, englishOn, listSep, type Lang } from '../i18n/langs';
import type { LayoutId } from './layouts';

const LAYOUT_KEYS: Record<LayoutId, MessageKey> = {
  map: 'slide.layout.map', network: 'slide.layout.network', 'map-record': 'slide.layout.map-record',
  'map-network': 'slide.layout.map-network', matrix: 'slide.layout.matrix', compare: 'slide.layout.compare', table: 'slide.layout.table',
};
export const layoutName = (layout: LayoutId, lang: Lang) => formatMessage(lang, LAYOUT_KEYS[layout]);

const MARK = '\u0000';
/** "Sources: {list}" split around its list, for the .pptx, whose titles are links of their own. */
export function sourcesLead(lang: Lang): [before: string, after: string] {
  const [before, after = ''] = formatMessage(lang, 'slide.sources', { list: MARK }).split(MARK);
  return [before, after];
}

/** "A; B; and 3 more (listed in the atlas)" ("A؛ B؛ و3 أخرى…" in Arabic); without titles, that they could not be
 *  loaded and the `ids` ("…; their ids: coe:S01, un:S02, and 3 more"); else the message that no source applies. */
export function sourcesList(named: string[], more: number, lang: Lang, ids: readonly string[] = []): string {
  if (!named.length && ids.length) return unloadedParts(ids, more, lang).map((p) => (p.id ? englishOn(p.text, lang) : p.text)).join('');
  const list = named.length ? named.map((n) => englishOn(n, lang)).join(listSep(lang)) : formatMessage(lang, 'slide.sourcesNone');
  return more ? `${list}${listSep(lang)}${formatMessage(lang, 'slide.sourcesMore', { count: more })}` : list;
}

/** The titles-not-loaded words cut round the ids (`id`: the dataset's English), for the .pptx's runs. */
export function unloadedParts(ids: readonly string[], more: number, lang: Lang): { text: string; id: boolean }[] {
  const [before, after = ''] = formatMessage(lang, 'slide.sourcesNotLoaded', { ids: MARK }).split(MARK);
  const parts = [{ text: before, id: false }];
  ids.forEach((text, i) => { if (i) parts.push({ text: commaSep(lang), id: false }); parts.push({ text, id: true }); });
  if (more) parts.push({ text: `${commaSep(lang)}${formatMessage(lang, 'slide.sourcesMore', { count: more })}`, id: false });
  parts.push({ text: after, id: false });
  return parts.filter((p) => p.text);
}

/** "Title (as of 20 June 2024) · coe:S01": the record panel's words, with the id a reader can look up in the atlas. */
export const sourceText = (title: string, date: string, id: string, lang: Lang) =>
  `${date ? formatMessage(lang, 'source.asOf', { title: englishOn(title, lang), date }) : englishOn(title, lang)} · ${englishOn(id, lang)}`;

/** The speaker notes of a slide: the step's notes, then, where the slide shortens words with "…" (a record card's
 *  source, a title in the sources line), those words whole under "Shortened on the slide, in full:". */
export function shortenedNote(shortened: readonly string[], lang: Lang): string {
  return shortened.length ? [formatMessage(lang, 'slide.shortened'), ...shortened].join('\n') : '';
}
export const speakerNotes = (m: { notes: string; shortened: readonly string[]; lang: Lang }) =>
  [m.notes.trim(), shortenedNote(m.shortened, m.lang)].filter(Boolean).join('\n\n');
