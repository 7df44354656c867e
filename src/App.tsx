import { DocumentTitle } from './components/DocumentTitle';
import { DetailsPanel } from './components/details/DetailsPanel';
import { FilterPanel } from './components/filters/FilterPanel';
import { GraphCanvas } from './components/graph/GraphCanvas';
import { GraphToolbar } from './components/graph/GraphToolbar';
import { LayoutRunner } from './components/graph/LayoutRunner';
import { Legend } from './components/graph/Legend';
import { StatusLine } from './components/graph/StatusLine';
import { LoadProblems } from './components/LoadProblems';
import { useAppStore } from './store/useAppStore';

export function App() {
  const title = useAppStore((s) => s.index?.dataset.title);
  return (
    <div className="app">
      <header className="app-header">
        <h1>Supply Lines</h1>
        <span className="dataset-title">{title}</span>
      </header>
      <LoadProblems />
      <FilterPanel />
      <main className="graph-area">
        <div className="graph-bar">
          <StatusLine />
          <GraphToolbar />
        </div>
        <section className="graph" aria-label="Network graph">
          <GraphCanvas />
        </section>
        <Legend />
      </main>
      <DetailsPanel />
      <LayoutRunner />
      <DocumentTitle />
    </div>
  );
}
