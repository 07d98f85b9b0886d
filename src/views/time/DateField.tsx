// The as-of date typed by hand: a typed date is applied on Enter or when the field loses focus, never keystroke by
// keystroke (a year typed digit by digit passes through years like 0002). An impossible or out-of-range date gets
// an inline message and the atlas keeps the date it shows; Escape restores the field.
import { useState } from 'react';
import { formatDate, isValidDate } from '../../data/dates';
import { formatMessage } from '../../i18n/catalogue';
import type { Lang } from '../../i18n/langs';
import { useI18n } from '../../i18n/useI18n';
import { TIME_START } from '../../data/timeline';

/** Why a typed value cannot be applied, or null when it can. */
export function dateProblem(v: string, end: string, badInput = false, lang: Lang = 'en'): string | null {
  if (!v) return formatMessage(lang, badInput ? 'time.notRealDate' : 'time.incompleteDate');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || !isValidDate(v)) return formatMessage(lang, 'time.notRealDate');
  if (v < TIME_START || v > end) return formatMessage(lang, 'time.outOfRange', { from: formatDate(TIME_START, lang), to: formatDate(end, lang) });
  return null;
}

export function DateField({ date, end, onApply }: { date: string; end: string; onApply: (t: string) => void }) {
  // null: the field shows the applied date; otherwise what is being typed
  const { lang, t: tr, date: fmt } = useI18n();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const apply = (input: HTMLInputElement) => {
    if (draft === null) return;
    const problem = dateProblem(input.value, end, input.validity.badInput, lang);
    if (problem) return setError(tr('time.stillShowing', { problem, date: fmt(date) }));
    setError(null);
    setDraft(null);
    if (input.value !== date) onApply(input.value);
  };
  return (
    <span className="time-date-field">
      <input type="date" className="time-date" min={TIME_START} max={end} value={draft ?? date} aria-label={tr('time.dateAria')}
        aria-invalid={error ? true : undefined} aria-describedby={error ? 'time-date-error' : undefined}
        onChange={(e) => { setDraft(e.target.value); setError(null); }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') apply(e.currentTarget);
          if (e.key === 'Escape') { setDraft(null); setError(null); }
        }}
        onBlur={(e) => apply(e.currentTarget)} />
      {error && <span id="time-date-error" className="time-date-error" role="alert">{error}</span>}
    </span>
  );
}
