import { useAtlas } from '../store/derived';
import { formatDate } from '../data/dates';
import { LensPicker } from '../views/explore/LensPicker';
import { SearchBox } from '../views/explore/SearchBox';
import { FilterBar } from '../views/explore/FilterBar';
import { SidePanel } from '../views/explore/SidePanel';
import { BriefingToolbar } from '../views/briefing/BriefingToolbar';
import { PresentationLayer } from '../views/briefing/PresentationLayer';
import { TimeControl } from '../views/time/TimeControl';
import { AboutButton } from '../views/about/AboutButton';
import { NoticeBar } from './NoticeBar';
import { MapView } from '../views/map/MapView';
import { GraphView } from '../views/graph/GraphView';
import './containment.css';

// Slots: each view lives in its own folder under src/views and owns its subtree.
export function Layout() {
  const atlas = useAtlas()!;
  return (
    <div className="app">
      <header className="app-header">
        <h1>Cybercrime Cooperation Atlas</h1>
        {/* Each family has its own freshness (votes are 2018–2019 records): one date for all would overstate it. */}
        <span className="as-of" data-as-of title={`Data families as of: ${atlas.dataset.families.map((f) => `${f.label}: ${f.asOf}`).join('; ')}. Latest date in the data: ${formatDate(atlas.asOf)}.`}>
          Data: {atlas.dataset.families.map((f) => f.asOfShort ?? f.asOf).join(' · ')} · v{atlas.version}
        </span>
        <LensPicker />
        <SearchBox />
        <span className="header-spacer" />
        <BriefingToolbar />
        <AboutButton />
      </header>
      <NoticeBar />
      <FilterBar />
      <TimeControl />
      <main className="views">
        <section className="view view-map" aria-label="World map">
          <MapView />
        </section>
        <section className="view view-graph" aria-label="Cooperation network">
          <GraphView />
        </section>
        <aside className="side" aria-label="Details and analysis">
          <SidePanel />
        </aside>
      </main>
      <footer className="app-footer">
        Sources: Council of Europe Treaty Office and national treaty databases (Budapest Convention and protocols); UN Digital Library
        voting records (A/RES/74/247, A/RES/73/187); UN Treaty Collection (UN Convention against Cybercrime); Europol, Eurojust,
        INTERPOL and official pages (network). Every fact links to its source in the record.
      </footer>
      <PresentationLayer />
    </div>
  );
}
