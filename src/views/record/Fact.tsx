import type { ReactNode } from 'react';
import type { Atlas } from '../../data/atlas';
import { onOrBefore } from '../../data/dates';
import { useI18n } from '../../i18n/useI18n';
import { commaSep, inParens, labelSep, type Lang } from '../../i18n/langs';
import { SourceLinks } from './SourceLinks';
import { englishDir, InEnglish, NotePending, useInEnglishMark } from './EnglishNote';
import { useNote } from './useNote';

export function UnverifiedBadge() {
  const { t } = useI18n();
  return <span className="badge-unverified" title={t('record.unverifiedTitle')}>{t('status.unverified')}</span>;
}

interface FactProps {
  atlas: Atlas;
  label: ReactNode;
  children: ReactNode;
  sources: readonly string[];
  unverified?: boolean;
  /** The fact's own record (the atlas's object), whose note this shows (data/notes.ts). */
  row?: object;
}

/** One fact of the record: what, its value, an unverified mark if any, its sources and the data's note (`row`'s). */
export function Fact({ atlas, label, children, sources, unverified, row }: FactProps) {
  const { t, lang } = useI18n();
  // the note's text comes with the sources' texts, after the first paint: until then "Note" says it is on its way
  const note = useNote(atlas, row);
  const mark = useInEnglishMark(!!note);
  return (
    <li className="fact" data-unverified={unverified ? 'true' : undefined}>
      <div className="fact-line">
        {/* the colon is record.css's (it must stay on the label's last line); the space after it is labelSep's: none
            after Chinese '：', whose space is in the character */}
        <span className="fact-label">{label}</span>{labelSep(lang).endsWith(' ') ? ' ' : ''}<span className="fact-value">{children}</span>
        {unverified && <> <UnverifiedBadge /></>}
      </div>
      {note && (
        <details className="fact-note">
          <summary>{t('record.note')}{mark && <> <InEnglish /></>}</summary>
          {note.text !== undefined ? <p lang="en" dir={englishDir(lang)}>{note.text}</p> : <NotePending state={note.pending} />}
        </details>
      )}
      <SourceLinks atlas={atlas} ids={sources} />
    </li>
  );
}

/** A date from the data, flagged when it lies after the as-of date being shown: "25 October 2025 (after the date
 *  shown)", or inside words already in parentheses (`inner`) "(opened 25 October 2025, after the date shown)", in
 *  the language's comma, never parentheses within parentheses. */
export function When({ v, t, inner, also }: { v?: string; t: string; inner?: boolean; also?: string }) {
  const i18n = useI18n();
  if (!v) return null;
  const later = !onOrBefore(v, t);
  return <span className={later ? 'later' : undefined}>{i18n.date(v)}{laterWords(i18n.lang, i18n.t, later, inner, also)}</span>;
}

/** What follows a date: "(after the date shown)" when it is later than the date shown, and `also`'s words (how it
 *  was found) in the same parentheses: "(after the date shown, computed from the deposit: Art. 36(4))"; inside words
 *  already in parentheses (`inner`) only ", after the date shown" (`also` is not given there). */
export function laterWords(lang: Lang, w: (key: 'record.afterShownInner') => string, later: boolean, inner?: boolean, also?: string): string {
  if (inner) return later ? `${commaSep(lang)}${w('record.afterShownInner')}` : '';
  const words = [later ? w('record.afterShownInner') : '', also ?? ''].filter(Boolean);
  return words.length ? inParens(words.join(commaSep(lang)), lang) : '';
}
