import { useEffect, useMemo, useState } from 'react';
import { planMerge } from '../../merge/planMerge';
import type { Dataset } from '../../model/types';
import { BUILTIN_ID } from '../../storage/datasetStorage';
import { useAppStore } from '../../store/useAppStore';
import { Modal } from '../Modal';

const MATCHES_SHOWN = 100;

/**
 * Merging another dataset into the open one: pick it, see every match (by id, or by name and
 * country) and what is added, then save the result as a new dataset. Both inputs stay as they are.
 */
export function MergeDialog({ onClose }: { onClose: () => void }) {
  const current = useAppStore((s) => s.index?.dataset ?? null);
  const active = useAppStore((s) => s.activeDatasetId);
  const builtin = useAppStore((s) => s.builtinDataset);
  const stored = useAppStore((s) => s.storedDatasets);
  const loadDatasetById = useAppStore((s) => s.loadDatasetById);
  const saveAndOpen = useAppStore((s) => s.saveAndOpen);
  const choices = [
    ...(builtin ? [{ id: BUILTIN_ID, name: `Built-in: ${builtin.title}` }] : []),
    ...stored.map((m) => ({ id: m.id, name: m.name })),
  ].filter((c) => c.id !== active);
  const [otherId, setOtherId] = useState(choices[0]?.id ?? '');
  const [loaded, setLoaded] = useState<{ id: string; dataset: Dataset } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [keepApart, setKeepApart] = useState(false);
  const [saving, setSaving] = useState(false);
  const save = (merged: Dataset) => {
    setSaving(true);
    saveAndOpen(merged.title, merged).then(onClose, (e: Error) => {
      setSaving(false);
      setError(`The merge was not saved: ${e.message}`);
    });
  };
  useEffect(() => {
    let live = true;
    if (otherId)
      loadDatasetById(otherId).then(
        (dataset) => live && setLoaded({ id: otherId, dataset }),
        (e: Error) => live && setError(e.message),
      );
    return () => {
      live = false;
    };
  }, [otherId, loadDatasetById]);
  const other = loaded?.id === otherId ? loaded.dataset : null;
  const plan = useMemo(
    () => (current && other ? planMerge(current, other, { keepApartSameIdOtherName: keepApart }) : null),
    [current, other, keepApart],
  );
  const byName = plan?.matches.filter((m) => m.by === 'name and country').length ?? 0;
  return (
    <Modal label="Merge datasets" onCancel={onClose} wide>
      <h2>Merge into “{current?.title}”</h2>
      {choices.length === 0 ? (
        <p>There is no other dataset to merge: import one first.</p>
      ) : (
        <label>
          Dataset to merge in{' '}
          <select aria-label="Dataset to merge in" value={otherId} onChange={(e) => setOtherId(e.target.value)}>
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {plan && (
        <>
          <p aria-label="Merge summary">
            {plan.matches.length} entities match: {plan.matches.length - byName} by id, {byName} by name and country.
            The merge adds {plan.added.entities} entities, {plan.added.links} links, {plan.added.listings} listings,{' '}
            {plan.added.rounds} rounds and {plan.added.sources} sources, and is saved as a new dataset, “
            {plan.merged.title}”, of {plan.merged.entities.length} entities. Both datasets stay as they are.
          </p>
          {plan.sameIdOtherName.length > 0 && (
            <div className="warning">
              <p>
                {plan.sameIdOtherName.length} entities share an id with an entity here but not its name (ids such as
                “entity-1” repeat across imports):
              </p>
              <ul>
                {plan.sameIdOtherName.slice(0, 10).map((m) => (
                  <li key={m.from.id}>
                    {m.from.id}: “{m.from.name}” here is “{m.into.name}”
                  </li>
                ))}
              </ul>
              <label>
                <input type="checkbox" checked={keepApart} onChange={(e) => setKeepApart(e.target.checked)} /> Keep them
                apart (add them under new ids)
              </label>
            </div>
          )}
          {plan.matches.length > 0 && (
            <div className="mapping-preview">
              <table aria-label="Matched entities">
                <thead>
                  <tr>
                    <th>Merged in</th>
                    <th>Matches</th>
                    <th>By</th>
                  </tr>
                </thead>
                <tbody>
                  {plan.matches.slice(0, MATCHES_SHOWN).map((m, i) => (
                    <tr key={i}>
                      <td>
                        {m.from.name} ({m.from.country})
                      </td>
                      <td>
                        {m.into.name} ({m.into.country})
                      </td>
                      <td>{m.by}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {plan.matches.length > MATCHES_SHOWN && <p>…and {plan.matches.length - MATCHES_SHOWN} more.</p>}
            </div>
          )}
        </>
      )}
      <div className="modal-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="primary" disabled={!plan || saving} onClick={() => plan && save(plan.merged)}>
          Merge into a new dataset
        </button>
      </div>
    </Modal>
  );
}
