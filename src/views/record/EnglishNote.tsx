// The dataset's notes are its own words, in English, on every page: each is marked lang="en" (screen readers read it
// with English rules, the browser picks its font) and, on a right-to-left page, isolated left to right (dir="ltr"), so
// its punctuation and figures stay in their order. On a page in another language the record's first note says once
// "(in English)" in the page's language.
import { createContext, useContext, useId, useMemo, type ReactNode } from 'react';
import { dirOf } from '../../i18n/langs';
import { useI18n } from '../../i18n/useI18n';
import type { Atlas } from '../../data/atlas';
import { useNote } from './useNote';

/** Which note of the record, by its component's id, is the first: the first to ask in a render of the record (notes
 *  render in document order). A note rendered again alone keeps its answer; a new record, date or language starts over. */
const FirstNote = createContext<{ first: string | null } | null>(null);

export function NotesScope({ children, scope }: { children: ReactNode; scope: string }) {
  const box = useMemo(() => ({ first: null as string | null }), [scope]);
  return <FirstNote.Provider value={box}>{children}</FirstNote.Provider>;
}

/** True for the record's first note (on a page not in English); `has` says whether this place shows a note. */
export function useInEnglishMark(has: boolean): boolean {
  const box = useContext(FirstNote);
  const me = useId();
  const { lang } = useI18n();
  if (!box || !has || lang === 'en') return false;
  box.first ??= me;
  return box.first === me;
}

/** `dir` for the data's English words: "ltr" on a right-to-left page (an element with `dir` is isolated). */
export const englishDir = (lang: Parameters<typeof dirOf>[0]) => (dirOf(lang) === 'rtl' ? 'ltr' as const : undefined);

/** The "(in English)" mark, in the page's language. */
export function InEnglish() {
  const { t } = useI18n();
  return <span className="in-english">{t('record.inEnglish')}</span>;
}

/** A note as a block: "record-note" paragraphs (a country's or organisation's note). */
export function EnglishNote({ text, className }: { text: string; className?: string }) {
  const { lang } = useI18n();
  const mark = useInEnglishMark(true);
  return (
    <p className={className}>
      <span lang="en" dir={englishDir(lang)}>{text}</span>
      {mark && <> <InEnglish /></>}
    </p>
  );
}

/** A note whose text has not arrived: it loads with the sources' texts (data/notes.ts), or could not be loaded. */
export function NotePending({ state }: { state: 'loading' | 'unavailable' }) {
  const { t } = useI18n();
  return <p className="muted" data-note-pending={state} aria-busy={state === 'loading' || undefined}>{t(state === 'loading' ? 'record.noteLoading' : 'record.noteUnavailable')}</p>;
}

/** A country's or organisation's note as a block ("record-note"), whichever part of the data holds it. */
export function RecordNote({ atlas, row }: { atlas: Atlas; row: object | undefined }) {
  const note = useNote(atlas, row);
  if (!note) return null;
  if (note.text !== undefined) return <EnglishNote className="record-note" text={note.text} />;
  return <div className="record-note"><NotePending state={note.pending} /></div>;
}
