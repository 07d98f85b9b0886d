import type { SelectHTMLAttributes } from 'react';

/** A select whose chosen option is shown whole. A select cannot wrap the option it shows: a long name (a lens in
 *  French, Russian or Spanish on a phone; a link family in "Show only") was cut at the select's edge. The chosen text
 *  is drawn in a face that wraps (hidden from assistive technology), and the real select lies over it, transparent,
 *  so a click or a tap opens it and the keyboard and screen readers use it as before; its focus ring is drawn on the
 *  face (styles.css `.wrap-select`). `fit`: "longest", the box is as wide as the longest option where the row has
 *  room (it keeps its width when the choice changes); "chosen", as wide as the chosen text. */
export function WrappingSelect({ shown, fit = 'longest', children, ...select }: SelectHTMLAttributes<HTMLSelectElement> & { shown: string; fit?: 'longest' | 'chosen' }) {
  return (
    <span className={`wrap-select fit-${fit}`}>
      <select {...select}>{children}</select>
      <span className="wrap-select-face" aria-hidden="true">{shown}</span>
    </span>
  );
}
