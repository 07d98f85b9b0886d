import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { shiftInside } from '../../lib/insideScreen';
import { onPressOutside } from '../../lib/pressOutside';
import type { Atlas } from '../../data/atlas';
import { DIMENSIONS, classesOf, isEmptyFilter, matchingIds, type Dimension } from '../../data/filters';
import { isLensId } from '../../data/lenses';
import { describeFiltersIn, dimensionTitle, filterClassLabel, orList } from '../../i18n/filterWords';
import { lensLabel } from '../../i18n/terms';
import { useI18n } from '../../i18n/useI18n';
import { useAppStore } from '../../store/appStore';
import { selectMatchSet, useDate, useDerived } from '../../store/derived';
import { useAtlas } from '../../data/useAtlas';
import './explore.css';

function DimensionPopover({ atlas, dim, t, onClose }: { atlas: Atlas; dim: Dimension; t: string; onClose: () => void }) {
  const chosen = useAppStore((s) => s.filters[dim]);
  const toggle = useAppStore((s) => s.filterToggled);
  const { lang, t: tr, number } = useI18n();
  const classes = classesOf(atlas, dim);
  // how many entities each class holds on its own, so the choice is informed
  const counts = useMemo(() => classes.map((c) => matchingIds(atlas, { [dim]: [c] }, t).size), [atlas, dim, classes.join(), t]);
  // it opens under its chip, from the chip's start; a chip near the screen's end (74/247 on a phone) would put its
  // choices past the edge ("Abstentio", "N’a pas v"): moved back inside the screen, in either direction
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const r = el.getBoundingClientRect();
    const dx = shiftInside(r.left, r.right, document.documentElement.clientWidth, 8, getComputedStyle(el).direction === 'rtl');
    if (dx) el.style.translate = `${Math.round(dx)}px 0`;
  }, []);
  return (
    <div ref={box} className="filter-popover" role="group" aria-label={tr('filter.popoverAria', { dimension: isLensId(dim) ? lensLabel(dim, lang) : dimensionTitle(dim, lang) })}
      onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); onClose(); } }}>
      {classes.map((c, i) => (
        <label key={c}>
          <input type="checkbox" checked={chosen?.includes(c) ?? false} onChange={() => toggle(atlas, dim, c)} autoFocus={i === 0} />
          {' '}{filterClassLabel(atlas, dim, c, lang)} <span className="count">{number(counts[i])}</span>
        </label>
      ))}
    </div>
  );
}

/** Filter chips (OR inside a dimension, AND across), the filter said in words with its live count, and Clear. */
export function FilterBar() {
  const atlas = useAtlas();
  const t = useDate();
  const { lang, t: tr } = useI18n();
  const filters = useAppStore((s) => s.filters);
  const clear = useAppStore((s) => s.filtersCleared);
  const count = useDerived((s) => selectMatchSet(s)?.size ?? null);
  const [open, setOpen] = useState<Dimension | null>(null);
  const bar = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    return onPressOutside(() => bar.current, () => setOpen(null));
  }, [open]);

  const close = (d: Dimension) => { setOpen(null); document.getElementById(`chip-${d}`)?.focus(); };

  return (
    <div className="filter-bar" ref={bar} role="group" aria-label={tr('filter.aria')}>
      <span className="filter-title">{tr('filter.title')}</span>
      {DIMENSIONS.map((d) => {
        const picked = filters[d] ?? [];
        return (
          <span key={d} className="chip-wrap">
            <button type="button" id={`chip-${d}`} className={`chip chip-menu${picked.length ? ' on' : ''}`} aria-expanded={open === d}
              aria-haspopup="true" onClick={() => setOpen(open === d ? null : d)}>
              {picked.length
                ? tr('filter.part', { label: dimensionTitle(d, lang), names: orList(picked.map((c) => filterClassLabel(atlas, d, c, lang)), lang) })
                : dimensionTitle(d, lang)}
            </button>
            {open === d && <DimensionPopover atlas={atlas} dim={d} t={t} onClose={() => close(d)} />}
          </span>
        );
      })}
      <p className="filter-sentence" aria-live="polite">
        {isEmptyFilter(filters) || count === null
          ? tr('filter.none', { total: atlas.countries.length })
          : tr('filter.count', { filter: describeFiltersIn(atlas, filters, lang), count, total: atlas.countries.length })}
      </p>
      {!isEmptyFilter(filters) && <button type="button" className="filter-clear" onClick={clear}>{tr('filter.clear')}</button>}
    </div>
  );
}
