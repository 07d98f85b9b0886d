import { useEffect, useMemo, useRef, useState } from 'react';
import type { Atlas } from '../../data/atlas';
import { classLabel } from '../../data/crosstab';
import { DIMENSIONS, classesOf, describeFilters, isEmptyFilter, matchingIds, type Dimension } from '../../data/filters';
import { LENSES, isLensId } from '../../data/lenses';
import { useAppStore } from '../../store/appStore';
import { selectMatchSet, useAtlas, useDate } from '../../store/derived';
import './explore.css';

const dimTitle = (d: Dimension) => (isLensId(d) ? LENSES[d].short : d === 'region' ? 'UN group' : d === 'network' ? '24/7 and capacity' : 'Bloc');

function DimensionPopover({ atlas, dim, t, onClose }: { atlas: Atlas; dim: Dimension; t: string; onClose: () => void }) {
  const chosen = useAppStore((s) => s.filters[dim]);
  const toggle = useAppStore((s) => s.filterToggled);
  const classes = classesOf(atlas, dim);
  // how many entities each class holds on its own, so the choice is informed
  const counts = useMemo(() => classes.map((c) => matchingIds(atlas, { [dim]: [c] }, t).size), [atlas, dim, classes.join(), t]);
  return (
    <div className="filter-popover" role="group" aria-label={`Filter by ${isLensId(dim) ? LENSES[dim].label : dimTitle(dim)}`}
      onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); onClose(); } }}>
      {classes.map((c, i) => (
        <label key={c}>
          <input type="checkbox" checked={chosen?.includes(c) ?? false} onChange={() => toggle(dim, c)} autoFocus={i === 0} />
          {' '}{classLabel(atlas, dim, c)} <span className="count">{counts[i]}</span>
        </label>
      ))}
    </div>
  );
}

/** Filter chips (OR inside a dimension, AND across), the filter said in words with its live count, and Clear. */
export function FilterBar() {
  const atlas = useAtlas()!;
  const t = useDate();
  const filters = useAppStore((s) => s.filters);
  const clear = useAppStore((s) => s.filtersCleared);
  const count = useAppStore((s) => selectMatchSet(s)?.size ?? null);
  const [open, setOpen] = useState<Dimension | null>(null);
  const bar = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const outside = (e: MouseEvent) => { if (!bar.current?.contains(e.target as Node)) setOpen(null); };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [open]);

  const close = (d: Dimension) => { setOpen(null); document.getElementById(`chip-${d}`)?.focus(); };

  return (
    <div className="filter-bar" ref={bar} role="group" aria-label="Filters">
      <span className="filter-title">Filter</span>
      {DIMENSIONS.map((d) => {
        const picked = filters[d] ?? [];
        return (
          <span key={d} className="chip-wrap">
            <button type="button" id={`chip-${d}`} className={`chip${picked.length ? ' on' : ''}`} aria-expanded={open === d}
              aria-haspopup="true" onClick={() => setOpen(open === d ? null : d)}>
              {dimTitle(d)}{picked.length ? `: ${picked.map((c) => classLabel(atlas, d, c)).join(' or ')}` : ''} ▾
            </button>
            {open === d && <DimensionPopover atlas={atlas} dim={d} t={t} onClose={() => close(d)} />}
          </span>
        );
      })}
      <p className="filter-sentence" aria-live="polite">
        {isEmptyFilter(filters) || count === null
          ? `No filter: all ${atlas.countries.length} countries and territories`
          : `${describeFilters(atlas, filters)} — ${count} of ${atlas.countries.length} countries and territories`}
      </p>
      {!isEmptyFilter(filters) && <button type="button" className="filter-clear" onClick={clear}>Clear</button>}
    </div>
  );
}
