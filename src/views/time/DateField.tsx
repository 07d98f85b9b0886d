// The as-of date typed by hand: a typed date is applied on Enter or when the field loses focus, never keystroke by
// keystroke (a year typed digit by digit passes through years like 0002). An impossible or out-of-range date gets
// an inline message and the atlas keeps the date it shows; Escape restores the field.
import { useState } from 'react';
import { formatDate, isValidDate } from '../../data/dates';
import { TIME_START } from '../../data/timeline';

/** Why a typed value cannot be applied, or null when it can. */
export function dateProblem(v: string, end: string, badInput = false): string | null {
  if (!v) return badInput ? 'That is not a real date' : 'Enter a complete date';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || !isValidDate(v)) return 'That is not a real date';
  if (v < TIME_START || v > end) return `Choose a date from ${formatDate(TIME_START)} to ${formatDate(end)}`;
  return null;
}

export function DateField({ date, end, onApply }: { date: string; end: string; onApply: (t: string) => void }) {
  // null: the field shows the applied date; otherwise what is being typed
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const apply = (input: HTMLInputElement) => {
    if (draft === null) return;
    const problem = dateProblem(input.value, end, input.validity.badInput);
    if (problem) return setError(`${problem}; still showing ${formatDate(date)}.`);
    setError(null);
    setDraft(null);
    if (input.value !== date) onApply(input.value);
  };
  return (
    <span className="time-date-field">
      <input type="date" className="time-date" min={TIME_START} max={end} value={draft ?? date} aria-label="As-of date (yyyy-mm-dd)"
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
