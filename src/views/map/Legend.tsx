// One item per class of the active lens with its count at the active date. Click filters to the class,
// hover outlines its members on the map.
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../i18n/useI18n';
import { classLabel, lensLabel } from '../../i18n/terms';
import { useAppStore } from '../../store/appStore';
import { selectStatusMap, useDate, useDerived } from '../../store/derived';
import { useAtlas } from '../../data/useAtlas';
import { beforeLensText } from './describe';
import { FLAGGED_OUTLINE, RELATION_OUTLINES, fillOf, PALETTES } from '../../theme/palette';
import { PatternDefs } from './PatternDefs';
import { pointerHover } from '../../lib/pointerHover';
import { isFocusVisible } from '../../lib/rovingFocus';

const NO_CLASSES: readonly string[] = [];

export const Legend = memo(function Legend() {
  const atlas = useAtlas();
  const lens = useAppStore((s) => s.lens);
  const t = useDate();
  const active = useAppStore((s) => s.filters[s.lens] ?? NO_CLASSES);
  const toggle = useAppStore((s) => s.filterToggled);
  const hover = useAppStore((s) => s.legendHovered);
  // The pointer's hover outlines a class once per frame, after the frame is painted, and waits while a press is under
  // way, as the map's does (lib/pointerHover.ts): the click that follows the pointer onto an item (a filter) is not
  // queued behind outlining the class's ~70 members. Leaving clears the outline at once, in the move's own task, so
  // the next change (a lens picked after the pointer left) does not find it in its frame.
  const pointerCls = useRef<string | null>(null);
  const [hovering] = useState(() => pointerHover(() => { if (useAppStore.getState().legendHover !== pointerCls.current) hover(pointerCls.current); }));
  useEffect(() => () => hovering.destroy(), [hovering]);
  const pointerAt = (cls: string | null) => { pointerCls.current = cls; if (cls === null) hover(null); hovering.moved(); };
  // a keyboard focus outlines at once; a click's focus does not (the pointer's hover does)
  const focused = useRef(false);
  // counted from the status map the scene already computed for the marks (not every status again: a lens change's cost)
  const statuses = useDerived(selectStatusMap);
  const counts = useMemo(() => {
    const c: Record<string, number> = {};
    for (const st of statuses.values()) c[st.cls] = (c[st.cls] ?? 0) + 1;
    return c;
  }, [statuses]);
  const i18n = useI18n();
  const lensName = lensLabel(lens, i18n.lang);
  const before = beforeLensText(atlas, lens, t, i18n.lang);
  return (
    <div className="map-legend" role="group" aria-label={i18n.t('legend.aria', { lens: lensName, date: i18n.date(t) })}>
      <svg width="0" height="0" className="legend-defs" aria-hidden="true"><PatternDefs prefix="lg" /></svg>
      <span className="legend-title">{lensName} · {i18n.date(t)}</span>
      <ul>
        {/* keyed by place, not class: a lens change then rewrites a few attributes and texts in the same items
            rather than building the list again inside the change's frame */}
        {PALETTES[lens].map((p, i) => (
          <li key={i}>
            <button
              type="button"
              data-legend-class={p.cls}
              aria-pressed={active.includes(p.cls)}
              title={i18n.t('legend.showOnly', { label: classLabel(lens, p.cls, i18n.lang) })}
              onClick={() => toggle(atlas, lens, p.cls)}
              onPointerEnter={() => pointerAt(p.cls)}
              onPointerLeave={() => pointerAt(null)}
              onPointerDown={(e) => hovering.pressed(e.button)}
              onFocus={(e) => { if (isFocusVisible(e.currentTarget)) { focused.current = true; hover(p.cls); } }}
              onBlur={() => { if (focused.current) { focused.current = false; hover(pointerCls.current); } }}
            >
              <svg className="legend-swatch" viewBox="0 0 18 12" aria-hidden="true">
                <rect x="0.5" y="0.5" width="17" height="11" fill={fillOf(p.cls, 'lg')} stroke="#8a8f99" />
              </svg>
              <span className="legend-label">{classLabel(lens, p.cls, i18n.lang)}</span>
              <span className="legend-count">{i18n.number(counts[p.cls] ?? 0)}</span>
            </button>
          </li>
        ))}
      </ul>
      <span className="legend-note">
        <svg className="legend-swatch" viewBox="0 0 18 12" aria-hidden="true">
          <rect x="1" y="1" width="16" height="10" fill="#fff" stroke={FLAGGED_OUTLINE.stroke} strokeDasharray={FLAGGED_OUTLINE.dash} />
        </svg>
        {i18n.t('legend.unverified')}
      </span>
      <span className="legend-note">
        <svg className="legend-swatch" viewBox="0 0 18 12" aria-hidden="true"><circle cx="9" cy="6" r="4.5" fill="#fff" stroke="#1d2330" /></svg>
        {i18n.t('legend.smallState')}
      </span>
      <LegendRelations />
      {/* before its instrument, every State is "not applicable": the legend says why, and from when */}
      {before !== null && <p className="legend-before">{before}</p>}
    </div>
  );
});

/** The relation outlines' key: a component of its own, so that a first selection (or its clearing) renders these
 * two notes, not the whole legend with its counts and titles, inside the click. */
const LegendRelations = memo(function LegendRelations() {
  const i18n = useI18n();
  const hasSel = useAppStore((s) => s.sel !== null);
  // Always laid out, shown only with a selection: they would otherwise wrap the legend onto another line at the
  // first selection, and the map, a frame shorter, would be laid out again inside that click.
  return (
    <span className="legend-relations" data-shown={hasSel || undefined} aria-hidden={hasSel ? undefined : 'true'}>
      <span className="legend-note" data-legend-relation="in-force">
        <svg className="legend-swatch" viewBox="0 0 18 12" aria-hidden="true"><rect x="1" y="1" width="16" height="10" fill="#fff" stroke={RELATION_OUTLINES.active.stroke} strokeWidth="2" /></svg>
        {i18n.t('legend.relatedInForce')}
      </span>
      <span className="legend-note" data-legend-relation="apart">
        <svg className="legend-swatch" viewBox="0 0 18 12" aria-hidden="true"><rect x="1" y="1" width="16" height="10" fill="#fff" stroke={RELATION_OUTLINES.apart.stroke} strokeWidth="2" strokeDasharray={RELATION_OUTLINES.apart.dash} /></svg>
        {i18n.t('legend.relatedApart')}
      </span>
    </span>
  );
});
