import { DocumentTitle } from './components/DocumentTitle';
import { DatasetSwitcher } from './components/data/DatasetSwitcher';
import { ColumnMapping, ImportReport } from './components/data/importDialogs';
import { ImportControl } from './components/data/ImportControl';
import { ImportProgressDialog } from './components/data/ImportProgressDialog';
import { StorageNote } from './components/data/StorageNote';
import { RendererSelect } from './components/RendererSelect';
import { ThemeController, ThemeSelect } from './components/ThemeControl';
import { DetailsPanel } from './components/details/DetailsPanel';
import { FilterPanel } from './components/filters/FilterPanel';
import { GraphCanvas } from './components/graph/GraphCanvas';
import { GraphToolbar } from './components/graph/GraphToolbar';
import { GRAPH_REGION_ID } from './components/graph/graphRegion';
import { WALK_HINT_ID } from './components/graph/KeyboardWalk';
import { LayoutRunner } from './components/graph/LayoutRunner';
import { Legend } from './components/graph/Legend';
import { StatusLine } from './components/graph/StatusLine';
import { LoadProblems } from './components/LoadProblems';
import { SearchBox } from './components/search/SearchBox';
import { FocusBanner } from './components/tools/FocusControls';
import { PathFitter } from './components/tools/PathFitter';
import { ViewTabs } from './components/ViewTabs';
import { PlaybackRunner } from './components/present/PlaybackRunner';
import { PresentOverlay } from './components/present/PresentOverlay';
import { RoundCaptionText } from './components/present/RoundCaption';
import { lazyPart } from './components/lazy/lazyPart';
import { useAppStore } from './store/useAppStore';

// Parts most sessions never open load when first drawn, so the first script holds the explorer only.
const TableView = lazyPart('table', () => import('./components/table/TableView').then((m) => m.TableView));

export function App() {
  const tab = useAppStore((s) => s.tools.tab);
  const presenting = useAppStore((s) => s.presenting);
  const playing = useAppStore((s) => s.playing);
  const mapping = useAppStore((s) => s.importMapping !== null);
  const reporting = useAppStore((s) => s.importSummary !== null);
  return (
    <div className={presenting ? 'app presenting' : 'app'}>
      <header className="app-header">
        <h1>Supply Lines</h1>
        <DatasetSwitcher />
        <ImportControl />
        <SearchBox />
        <ThemeSelect />
        <RendererSelect />
      </header>
      <LoadProblems />
      <FilterPanel />
      <main className="graph-area">
        <div className="graph-bar">
          <ViewTabs />
          <StatusLine />
          <GraphToolbar />
        </div>
        <FocusBanner />
        <StorageNote />
        {playing && !presenting && <RoundCaptionText />}
        <div className="views">
          <div role="tabpanel" id="panel-graph" aria-labelledby="tab-graph" className="view-panel">
            <section
              id={GRAPH_REGION_ID}
              className="graph"
              aria-label="Network graph"
              aria-describedby={WALK_HINT_ID}
              // The keyboard walk (see KeyboardWalk); out of the tab order while the table covers it.
              tabIndex={tab === 'graph' ? 0 : -1}
            >
              <GraphCanvas />
            </section>
          </div>
          <PresentOverlay />
          {/* The graph stays mounted under the table, so Cytoscape keeps its size and positions. */}
          {tab === 'table' && (
            <div role="tabpanel" id="panel-table" aria-labelledby="tab-table" className="view-panel table-panel">
              <TableView />
            </div>
          )}
        </div>
        <Legend />
      </main>
      <DetailsPanel />
      <LayoutRunner />
      <DocumentTitle />
      <ImportProgressDialog />
      {mapping && <ColumnMapping />}
      {reporting && <ImportReport />}
      <PathFitter />
      <PlaybackRunner />
      <ThemeController />
    </div>
  );
}
