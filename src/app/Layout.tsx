import { memo } from 'react';
import { useAtlas } from '../data/useAtlas';
import { useI18n } from '../i18n/useI18n';
import { withLaterMessages } from '../i18n/laterMessages';
import { familyAsOf } from '../i18n/dataFamilies';
import { LanguageSwitch } from '../views/language/LanguageSwitch';
import { LensPicker } from '../views/explore/LensPicker';
import { SearchBox } from '../views/explore/SearchBox';
import { FilterBar } from '../views/explore/FilterBar';
import { SidePanel } from '../views/explore/SidePanel';
import { TimeControl } from '../views/time/TimeControl';
import { AboutButton } from '../views/about/AboutButton';
import { NoticeBar } from './NoticeBar';
import { MapView } from '../views/map/MapView';
import { GraphView } from '../views/graph/GraphView';
import type { SerialisedMapLayout } from '../geo/mapLayout';
import { useAfterFirstFrame } from './useAfterFirstFrame';
import { useLoaded } from '../lib/useLoaded';
import { PartBoundary } from './PartBoundary';
import './containment.css';
// with the first view's styles: a stylesheet arriving after the first paint would restyle the whole page
import '../views/briefing/briefing.css';

// The briefing tools (deck store, presentation mode, the toolbar's menu) are not needed to draw the first view: they
// are asked for after its first frame (calling a lazy chunk's loader, with its preload links, cost ~4–10 ms of the
// first render), load in a chunk of their own, and appear when it arrives.
// The toolbar shows once the saved deck is read, so its "Deck (n)" is never a passing "Deck (0)".
const loadToolbar = () => Promise.all([
  withLaterMessages(import('../views/briefing/BriefingToolbar')),
  import('../briefing/deckStore').then((m) => m.deckReady).catch(() => undefined),
]).then(([m]) => m.BriefingToolbar);
/** The toolbar's room while it loads, invisible and hidden from assistive technology, so the header does not shift
 *  when the toolbar arrives. */
function ToolbarRoom() {
  const { t } = useI18n();
  return (
    <div className="briefing-toolbar" aria-hidden="true" style={{ visibility: 'hidden' }}>
      <button type="button" tabIndex={-1}>{t('brief.copyLink')}</button>
      <button type="button" tabIndex={-1}>{t('brief.deck', { count: 0 })}</button>
      <button type="button" tabIndex={-1}>{t('brief.present')}</button>
      <button type="button" tabIndex={-1}>{t('brief.export')}</button>
    </div>
  );
}
const loadPresentation = () => withLaterMessages(import('../views/briefing/PresentationLayer')).then((m) => m.PresentationLayer);
/** The toolbar's room, and the toolbar itself from the task after the first frame. */
function BriefingTools() {
  const BriefingToolbar = useLoaded(loadToolbar, useAfterFirstFrame());
  return BriefingToolbar ? <BriefingToolbar /> : <ToolbarRoom />;
}
function Presentation() {
  const PresentationLayer = useLoaded(loadPresentation, useAfterFirstFrame());
  return PresentationLayer ? <PresentationLayer /> : null;
}

// Slots: each view lives in its own folder under src/views and owns its subtree; a part whose code cannot be loaded
// says so in its slot (PartBoundary), the rest of the page stays. Memoised: App's own later renders
// (the sources' texts arriving) do not render the whole page again.
export const Layout = memo(function Layout({ mapLayout = null }: { mapLayout?: SerialisedMapLayout | null }) {
  const atlas = useAtlas();
  const { t, date, lang } = useI18n();
  return (
    <div className="app">
      <header className="app-header">
        <h1>{t('app.title')}</h1>
        {/* Each family has its own freshness (votes are 2018–2019 records): one date for all would overstate it. */}
        <span className="as-of" data-as-of title={t('app.dataAsOfTitle', { families: atlas.dataset.families.map((f) => `${f.label}: ${f.asOf}`).join('; '), date: date(atlas.asOf) })}>
          {t('app.dataAsOf', { families: atlas.dataset.families.map((f) => familyAsOf(f, lang).text).join(' · '), version: atlas.version })}
        </span>
        <LensPicker />
        <SearchBox />
        <span className="header-spacer" />
        <PartBoundary><BriefingTools /></PartBoundary>
        <PartBoundary><AboutButton /></PartBoundary>
        <LanguageSwitch />
      </header>
      <NoticeBar />
      <FilterBar />
      <TimeControl />
      <main className="views">
        <section className="view view-map" aria-label={t('app.mapRegion')} dir="ltr">
          <PartBoundary><MapView layout={mapLayout} /></PartBoundary>
        </section>
        <section className="view view-graph" aria-label={t('app.graphRegion')} dir="ltr">
          <GraphView />
        </section>
        <aside className="side" aria-label={t('app.sideRegion')}>
          <SidePanel />
        </aside>
      </main>
      <footer className="app-footer">{t('app.footer')}</footer>
      <PartBoundary><Presentation /></PartBoundary>
    </div>
  );
});
