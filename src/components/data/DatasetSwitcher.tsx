import { useState } from 'react';
import { BUILTIN_ID } from '../../storage/datasetStorage';
import { useAppStore } from '../../store/useAppStore';
import { lazyPart } from '../lazy/lazyPart';

/** The list's value while the open dataset is none of its entries (a link's `?data=`, a briefing's). */
const OPENED_DIRECTLY = 'opened-directly';

const MergeDialog = lazyPart('merge dialog', () => import('./MergeDialog').then((m) => m.MergeDialog));

/** `Datasets`: the built-in dataset and every import, with counts and import date; rename, delete, merge. */
export function DatasetSwitcher() {
  const builtin = useAppStore((s) => s.builtinDataset);
  const stored = useAppStore((s) => s.storedDatasets);
  const active = useAppStore((s) => s.activeDatasetId);
  const error = useAppStore((s) => s.datasetsError);
  const switchDataset = useAppStore((s) => s.switchDataset);
  const renameDataset = useAppStore((s) => s.renameDataset);
  const deleteDataset = useAppStore((s) => s.deleteDataset);
  const open = useAppStore((s) => s.index?.dataset ?? null);
  const activeMeta = stored.find((m) => m.id === active);
  // A dataset opened from a link or a briefing is kept nowhere: the list names it rather than the
  // built-in data it would otherwise show, and choosing another entry leaves it.
  const openedDirectly = open && active === BUILTIN_ID && open !== builtin ? open : null;
  const [merging, setMerging] = useState(false);
  return (
    <div className="dataset-switcher">
      <select
        aria-label="Datasets"
        value={openedDirectly ? OPENED_DIRECTLY : active}
        onChange={(e) => void switchDataset(e.target.value)}
      >
        {openedDirectly && (
          <option value={OPENED_DIRECTLY} disabled>
            {openedDirectly.title} ({openedDirectly.entities.length} entities, opened from a link, not kept)
          </option>
        )}
        {builtin && (
          <option value={BUILTIN_ID}>
            Built-in: {builtin.title} ({builtin.entities.length} entities)
          </option>
        )}
        {stored.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name} ({m.entities} entities, {m.links} links, imported {m.importedAt}
            {m.notKept ? ', not kept' : ''})
          </option>
        ))}
      </select>
      {activeMeta && (
        <>
          <button
            type="button"
            aria-label={`Rename ${activeMeta.name}`}
            onClick={() => {
              const name = window.prompt('New name for this dataset', activeMeta.name);
              if (name) void renameDataset(activeMeta.id, name);
            }}
          >
            Rename
          </button>
          <button
            type="button"
            aria-label={`Delete ${activeMeta.name}`}
            onClick={() =>
              window.confirm(`Delete “${activeMeta.name}” from this browser?`) && void deleteDataset(activeMeta.id)
            }
          >
            Delete
          </button>
        </>
      )}
      {stored.length > 0 && (
        <button type="button" onClick={() => setMerging(true)}>
          Merge…
        </button>
      )}
      {merging && <MergeDialog onClose={() => setMerging(false)} />}
      {error && (
        <span role="alert" className="error">
          {error}
        </span>
      )}
    </div>
  );
}
