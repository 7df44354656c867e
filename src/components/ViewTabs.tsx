import type { Tab } from '../view/viewState';
import { useAppStore } from '../store/useAppStore';

const TABS: Array<{ id: Tab; name: string }> = [
  { id: 'graph', name: 'Graph' },
  { id: 'table', name: 'Table' },
];

/** Graph or Table: two views of the same filtered network. */
export function ViewTabs() {
  const tab = useAppStore((s) => s.tools.tab);
  const setTab = useAppStore((s) => s.setTab);
  return (
    <div role="tablist" aria-label="View" className="tabs">
      {TABS.map(({ id, name }) => (
        <button
          key={id}
          type="button"
          role="tab"
          id={`tab-${id}`}
          aria-selected={tab === id}
          aria-controls={`panel-${id}`}
          onClick={() => setTab(id)}
        >
          {name}
        </button>
      ))}
    </div>
  );
}
