import { Fragment, useId, useState, type ReactNode } from 'react';
import type { Atlas } from '../../data/atlas';
import type { Source } from '../../data/schema';
import { ExternalLink } from '../../lib/ExternalLink';
import { useI18n } from '../../i18n/useI18n';
import { DATE_RE } from '../../data/vocab';
import { useSourcesState } from '../../data/useAtlas';
import { Rich } from '../../i18n/Rich';
import { formatParts } from '../../i18n/catalogue';
import { distinctStartsOf } from './titleCut';
import { englishDir } from './EnglishNote';
import { ltr } from '../../i18n/langs';

/** The sources behind one fact: title (data, as written) and as-of date, linked only when the URL is http(s); each opens
 *  to its whole line (SourceLine). Until the
 *  source texts have arrived (they load after the first paint, data/sourceTexts.ts), the ids and dates with a loading
 *  note, or a note that they could not be loaded. */
export function SourceLinks({ atlas, ids }: { atlas: Atlas; ids: readonly string[] }) {
  const { t, date, lang } = useI18n();
  const { sources, unreachable } = useSourcesState(atlas);
  // titles (and as-of notes that are not dates) are the data's own words, in English
  const unique = [...new Set(ids)];
  if (!unique.length) return null;
  if (!sources) {
    return (
      <ul className="sources" aria-label={t('source.listAria')} aria-busy={!unreachable}>
        {unique.map((id) => {
          const asOf = atlas.sourceDates.get(id)?.asOf ?? '';
          // in a span: the list item is a flex box, whose items would lose the space before "(as of"
          return <li key={id}><span><Rich k='source.asOf' values={{ title: <span dir={englishDir(lang)}>{id}</span>, date: DATE_RE.test(asOf) ? date(asOf) : <span lang="en" dir={englishDir(lang)}>{asOf}</span> }} /></span></li>;
        })}
        <li className="muted">{t(unreachable ? 'app.sourcesUnavailable' : 'app.sourcesLoading')}</li>
      </ul>
    );
  }
  return (
    <ul className="sources" aria-label={t('source.listAria')}>
      {unique.map((id) => {
        const s = sources.byId.get(id);
        if (!s) return <li key={id}>{t('source.missing', { id })}</li>;
        return <SourceLine key={id} id={id} source={s} distinctFrom={distinctStartsOf(sources).get(id) ?? 0} />;
      })}
    </ul>
  );
}

/** One source on one line. Where it is long it is cut in the middle of its title (titleCut.ts): its date gives way
 *  first, then the title's start, down to a few words, and the words from `distinctFrom` on, which tell it from every
 *  other source, stay while there is room. Its button opens it (a tap, a click, Enter): the line
 *  wraps whole, with the source's id and what it supports, so no one needs a hover tooltip. */
function SourceLine({ id, source: s, distinctFrom }: { id: string; source: Source; distinctFrom: number }) {
  const { t, date, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const when = DATE_RE.test(s.asOf) ? date(s.asOf) : s.asOf;
  const detail = useId();
  // a tooltip is plain text: on an Arabic page the English parts are isolated by marks (LRI…PDI), as the line's
  // spans are by dir="ltr", so "(CETS 224)" or "2023-12 / 2024" at their end keep their order
  const tip = `${t('source.asOf', { title: ltr(s.title, lang), date: DATE_RE.test(s.asOf) ? when : ltr(s.asOf, lang) })} · ${ltr(`${id}: ${s.supports}`, lang)}`;
  return (
    <li title={open ? undefined : tip} data-open={open || undefined}>
      <ExternalLink url={s.url}>
        <CutTitle title={s.title} at={distinctFrom} date={DATE_RE.test(s.asOf) ? when : <span lang="en" dir={englishDir(lang)}>{s.asOf}</span>} />
      </ExternalLink>
      <button type="button" className="source-more" aria-expanded={open} aria-controls={open ? detail : undefined}
        aria-label={t('source.whole')} onClick={() => setOpen(!open)} />
      {open && <span className="source-detail" id={detail} lang="en" dir={englishDir(lang)}>{id}: {s.supports}</span>}
    </li>
  );
}

/** "{title} (as of {date})" in the page's language, as three boxes: the title's start (`.source-start`), the words that
 *  tell it apart (`.source-key`, from `at`) and the rest of the line, its date (`.source-date`). Where the line is too
 *  long the date gives way first, then the start (down to a few words), then the key. The words read on as one text
 *  (the link's name is the whole line). */
function CutTitle({ title, at, date }: { title: string; at: number; date: ReactNode }) {
  const { lang } = useI18n();
  const dir = englishDir(lang);
  const slot = <span />;
  const parts = formatParts<ReactNode>(lang, 'source.asOf', { title: slot, date }, {});
  const i = parts.indexOf(slot);
  const keyed = (xs: ReactNode[]) => xs.map((x, j) => <Fragment key={j}>{x}</Fragment>);
  if (i < 0) return <span className="source-key">{keyed(parts)}</span>;
  const before = keyed(parts.slice(0, i)), after = keyed(parts.slice(i + 1));
  const head = title.slice(0, at), rest = title.slice(at);
  return (
    <>
      {head && <span className="source-start" data-long={head.length > 20 || undefined}>{before}<span lang="en" dir={dir}>{head}</span></span>}
      <span className="source-key">{!head && before}<span lang="en" dir={dir}>{rest}</span></span>
      <span className="source-date">{after}</span>
    </>
  );
}
