// The dataset's families (data.families) in each language: their names from the catalogues, and the short as-of
// line ("Budapest to Feb 2026") rebuilt from the data's own words when it has a known shape. English shows the data's
// text unchanged; a shape this does not know stays as written (English), never guessed.
import { formatMessage, type MessageKey } from './catalogue';
import { labelSep, listSep, ltr, type Lang } from './langs';

const NAME: Record<string, MessageKey> = {
  budapest: 'dataFamily.budapest', votes: 'dataFamily.votes', 'un-convention': 'dataFamily.un-convention',
  network: 'dataFamily.network', blocs: 'dataFamily.blocs',
};
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A data family's name in `lang`, if the catalogues have one. */
export const dataFamilyName = (id: string, lang: Lang): string | undefined => (NAME[id] ? formatMessage(lang, NAME[id]) : undefined);

/** "to Feb 2026", "early 2026", "2018–2019" at the end of the data's short line, in `lang`; undefined for any other shape. */
function whenIn(text: string, lang: Lang): string | undefined {
  const to = /\bto ([A-Z][a-z]{2}) (\d{4})$/.exec(text);
  if (to && MONTHS.includes(to[1])) {
    const month = new Intl.DateTimeFormat(lang, { month: 'short', year: 'numeric', timeZone: 'UTC' })
      .format(Date.UTC(Number(to[2]), MONTHS.indexOf(to[1]), 1));
    return formatMessage(lang, 'dataFamily.to', { date: month });
  }
  const early = /\bearly (\d{4})$/.exec(text);
  if (early) return formatMessage(lang, 'dataFamily.early', { year: early[1] });
  const range = /\b(\d{4})[–-](\d{4})$/.exec(text);
  if (range) return `${range[1]}–${range[2]}`;
  return undefined;
}

/** The family's part of the header's data line in `lang`, and whether it is the data's English text. */
export function familyAsOf(f: { id: string; asOf: string; asOfShort?: string }, lang: Lang): { text: string; english: boolean } {
  const data = f.asOfShort ?? f.asOf;
  if (lang === 'en') return { text: data, english: true };
  const name = dataFamilyName(f.id, lang);
  const when = whenIn(data, lang);
  return name && when ? { text: formatMessage(lang, 'dataFamily.asOf', { name, when }), english: false } : { text: data, english: true };
}

/** The header's tooltip list of the families' as-of notes: each family named in `lang` where the catalogues name it,
 *  then its note, which is the data's English (left-to-right isolated on an Arabic page), joined as `lang` joins a
 *  label to its value and the items of a list. It gave the data's English names, and joined them with ": " and "; "
 *  on every page (no no-break spaces in French, Latin punctuation in Chinese). */
export function familiesAsOfList(families: readonly { id: string; label: string; asOf: string }[], lang: Lang): string {
  if (lang === 'en') return families.map((f) => `${f.label}${labelSep(lang)}${f.asOf}`).join(listSep(lang));
  return families.map((f) => `${dataFamilyName(f.id, lang) ?? ltr(f.label, lang)}${labelSep(lang)}${ltr(f.asOf, lang)}`).join(listSep(lang));
}
