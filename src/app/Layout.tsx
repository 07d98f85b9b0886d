import { memo } from 'react';
import { useAtlas } from '../data/useAtlas';
import { useI18n } from '../i18n/useI18n';
import { familiesAsOfList, familyAsOf } from '../i18n/dataFamilies';
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
import { PartBoundary } from './PartBoundary';
import { BriefingTools, Presentation } from './BriefingSlots';
import './containment.css';
// with the first view's styles: a stylesheet arriving after the first paint would restyle the whole page
import '../views/briefing/briefing.css';

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
        <span className="as-of" data-as-of title={t('app.dataAsOfTitle', { families: familiesAsOfList(atlas.dataset.families, lang), date: date(atlas.asOf) })}>
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
