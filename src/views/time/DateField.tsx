// The as-of date typed by hand, shown as the page's language writes a day in digits (dateText.ts; the address keeps
// ISO). A typed date is applied on Enter or when the field loses focus, never keystroke by keystroke (a year typed
// digit by digit passes through years like 0002). An impossible or out-of-range date gets an inline message and the
// atlas keeps the date it shows; Escape restores the field. Arrow Up and Down move the date by a day at once, as the
// browser's own date field did. Beside it, a calendar button opens the browser's own date picker (a hidden
// <input type="date">, between the same first and last days), whose choice applies as a typed date does; Alt+Arrow
// Down in the field opens it too, as in the browser's own date field. The hidden picker is made on first use: a
// date input costs Chromium ~20–35 ms to set up (its locale's date format), which the first view did not need to pay.
import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { formatDate } from '../../data/dates';
import { formatMessage } from '../../i18n/catalogue';
import type { Lang } from '../../i18n/langs';
import type { MessageKey } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/useI18n';
import { TIME_START, dateOfIndex, dayIndex } from '../../data/timeline';
import { formatDateText, patternText, readDateText } from './dateText';

/** The ISO day a typed text names, or why it cannot be applied. */
export function readTypedDate(text: string, end: string, lang: Lang = 'en'): { iso: string } | { problem: string } {
  const read = readDateText(text, lang);
  if ('problem' in read) return { problem: formatMessage(lang, read.problem === 'incomplete' ? 'time.incompleteDate' : 'time.notRealDate') };
  if (read.iso < TIME_START || read.iso > end) return { problem: formatMessage(lang, 'time.outOfRange', { from: formatDate(TIME_START, lang), to: formatDate(end, lang) }) };
  return read;
}

/** `date` null: no date yet (what changed's "since" before one is chosen); `label` names the field, given its pattern. */
export function DateField({ date, end, onApply, label }: { date: string | null; end: string; onApply: (t: string) => void; label: MessageKey }) {
  const { lang, t: tr, date: fmt } = useI18n();
  const errorId = useId();
  // null: the field shows the applied date; otherwise what is being typed
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const [pickerMade, setPickerMade] = useState(false);
  const pattern = patternText(lang, { day: tr('time.unitDay'), month: tr('time.unitMonth'), year: tr('time.unitYear') });
  const apply = () => {
    if (draft === null) return;
    const typed = readTypedDate(draft, end, lang);
    if ('problem' in typed) return setError(date ? tr('time.stillShowing', { problem: typed.problem, date: fmt(date) }) : typed.problem);
    setError(null);
    setDraft(null);
    if (typed.iso !== date) onApply(typed.iso);
  };
  const step = (days: number) => {
    if (!date) return;
    const next = dateOfIndex(dayIndex(date) + days);
    setDraft(null);
    setError(null);
    if (next >= TIME_START && next <= end) onApply(next);
  };
  const openPicker = () => {
    // made now, inside the click or key (its user activation lasts), before it is shown
    if (!picker.current) flushSync(() => setPickerMade(true));
    // showPicker needs the click or key that asked for it (a user activation), which both callers are; a browser
    // without it, or one that refuses (a cross-origin frame), leaves the typed field to do the work
    try { picker.current?.showPicker?.(); } catch { /* the field still reads a typed date */ }
  };
  const picked = (iso: string) => {
    if (!iso || iso < TIME_START || iso > end) return;
    setDraft(null);
    setError(null);
    if (iso !== date) onApply(iso);
  };
  return (
    <span className="time-date-field">
      <input type="text" inputMode="numeric" autoComplete="off" spellCheck={false} className="time-date"
        data-date={date ?? undefined} value={draft ?? (date ? formatDateText(date, lang) : '')} placeholder={pattern} aria-label={tr(label, { pattern })}
        aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined}
        onChange={(e) => { setDraft(e.target.value); setError(null); }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') apply();
          else if (e.key === 'Escape') { setDraft(null); setError(null); }
          else if (e.key === 'ArrowDown' && e.altKey) { e.preventDefault(); openPicker(); }
          else if ((e.key === 'ArrowUp' || e.key === 'ArrowDown') && draft === null) { e.preventDefault(); step(e.key === 'ArrowUp' ? 1 : -1); }
        }}
        onBlur={apply} />
      <button type="button" className="time-date-pick" aria-label={tr('time.pickDate')} title={tr('time.pickDate')} onClick={openPicker}>
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <rect x="1.5" y="3" width="13" height="11.5" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      </button>
      {/* the browser's picker, opened by the button and placed under it; not in the tab order nor read (the button is) */}
      {pickerMade && <input ref={picker} type="date" className="time-date-picker" tabIndex={-1} aria-hidden="true"
        min={TIME_START} max={end} value={date ?? ''} onChange={(e) => picked(e.target.value)} />}
      {error && <span id={errorId} className="time-date-error" role="alert">{error}</span>}
    </span>
  );
}
