import { useEffect, useRef, useState, type ComponentType, type KeyboardEvent } from 'react';
import { useAppStore } from '../../store/appStore';
import { EntityRecord } from '../record/EntityRecord';
import { useI18n } from '../../i18n/useI18n';
import { useLoaded } from '../../lib/useLoaded';
import { withLaterMessages } from '../../i18n/laterMessages';
import { PartBoundary } from '../../app/PartBoundary';
import './explore.css';

// The record is what a click shows; the other tabs load when first opened (lib/useLoaded.ts: drawn as soon as their
// code and messages are here, not after a Suspense boundary's 300 ms).
const loadCompare = () => withLaterMessages(import('./ComparePanel')).then((m) => m.ComparePanel);
const loadCrossTab = () => withLaterMessages(import('./CrossTabPanel')).then((m) => m.CrossTabPanel);
const loadTable = () => withLaterMessages(import('./TablePanel')).then((m) => m.TablePanel);

function LazyTab({ load }: { load: () => Promise<ComponentType> }) {
  const i18n = useI18n();
  const Panel = useLoaded(load, true);
  return Panel ? <Panel /> : <p className="loading" role="status">{i18n.t('panel.loading')}</p>;
}

const TABS = [
  { id: 'record', label: 'tab.record' },
  { id: 'compare', label: 'tab.compare' },
  { id: 'crosstab', label: 'tab.crosstab' },
  { id: 'table', label: 'tab.table' },
] as const;
type TabId = (typeof TABS)[number]['id'];

/** The side panel: an accessible tablist (arrow keys move between tabs); a new selection brings back the record. */
export function SidePanel() {
  const i18n = useI18n();
  const hasCompare = useAppStore((s) => s.cmp.length > 0);
  const [tab, setTab] = useState<TabId>('record');
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  // a subscription, not a selector: a click on the record's tab then renders no tab list (the record follows it alone)
  useEffect(() => useAppStore.subscribe((s, prev) => { if (s.sel && s.sel !== prev.sel) setTab('record'); }), []);
  // a link that carries cmp= but no selection opens on the comparison it names
  useEffect(() => { if (hasCompare && !useAppStore.getState().sel) setTab('compare'); }, [hasCompare]);

  const onKey = (e: KeyboardEvent) => {
    const i = TABS.findIndex((x) => x.id === tab);
    const j = e.key === 'ArrowRight' ? (i + 1) % TABS.length : e.key === 'ArrowLeft' ? (i + TABS.length - 1) % TABS.length
      : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : -1;
    if (j < 0) return;
    e.preventDefault();
    setTab(TABS[j].id);
    refs.current[TABS[j].id]?.focus();
  };

  return (
    <div className="side-panel">
      <div role="tablist" aria-label={i18n.t('app.sideRegion')} className="side-tabs" onKeyDown={onKey}>
        {TABS.map((x) => (
          <button key={x.id} type="button" role="tab" id={`tab-${x.id}`} aria-controls={`panel-${x.id}`}
            aria-selected={tab === x.id} tabIndex={tab === x.id ? 0 : -1}
            ref={(el) => { refs.current[x.id] = el; }} onClick={() => setTab(x.id)}>
            {i18n.t(x.label)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="side-tabpanel">
        {/* a tab whose code cannot load says so under the tabs, which stay (another tab starts afresh) */}
        <PartBoundary key={tab}>
          {tab === 'record' && <EntityRecord />}
          {tab === 'compare' && <LazyTab load={loadCompare} />}
          {tab === 'crosstab' && <LazyTab load={loadCrossTab} />}
          {tab === 'table' && <LazyTab load={loadTable} />}
        </PartBoundary>
      </div>
    </div>
  );
}
