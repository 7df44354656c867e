import { formatImportProblem } from '../../import/importTypes';
import { useAppStore } from '../../store/useAppStore';
import { Modal } from '../Modal';

const SHOWN = 50;

/** Before anything changes: what an import would add, every problem found, and the choice. */
export function ImportReport() {
  const draft = useAppStore((s) => s.importDraft);
  const setImportDraft = useAppStore((s) => s.setImportDraft);
  const acceptImport = useAppStore((s) => s.acceptImport);
  const cancel = () => setImportDraft(null);
  if (!draft) return null;
  const { entities, links, listings, rounds, sources } = draft.dataset;
  const empty = entities.length === 0;
  return (
    <Modal label="Import report" onCancel={cancel}>
        <h2>Import {draft.name}</h2>
        <p>
          {empty ? 'Nothing can be imported from this file.' : 'Will import'} {entities.length} entities, {links.length} links, {listings.length} listings,{' '}
          {rounds.length} rounds and {sources.length} sources. Your current data stays as it is.
        </p>
        {draft.problems.length > 0 && (
          <>
            <p className="error">
              {draft.problems.length} problem{draft.problems.length === 1 ? '' : 's'}
              {empty ? '' : '; the records they concern are left out'}:
            </p>
            <ul className="problems" aria-label="Problems">
              {draft.problems.slice(0, SHOWN).map((p, i) => <li key={i}><code>{formatImportProblem(p)}</code></li>)}
            </ul>
            {draft.problems.length > SHOWN && <p>…and {draft.problems.length - SHOWN} more.</p>}
          </>
        )}
        <div className="modal-actions">
          <button type="button" onClick={cancel}>Cancel</button>
          <button type="button" className="primary" disabled={empty} onClick={() => void acceptImport()}>
            {draft.problems.length > 0 ? 'Import valid part' : 'Import'}
          </button>
        </div>
    </Modal>
  );
}
