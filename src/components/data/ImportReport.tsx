import { useState } from 'react';
import { downloadBlob } from '../../export/download';
import { type ImportSummary } from '../../import/importTypes';
import { formatImportProblem } from '../../formats/shared/draft';
import { useAppStore } from '../../store/useAppStore';
import { Modal } from '../Modal';
import { formatCount } from '../../model/formatCount';

/** The list shows this many problems; `Save problem list` writes every one the report holds. */
const SHOWN = 200;
/** Above this many entities, drawing (without a GPU) takes long enough that the user should know first. */
const LARGE = 20000;

/** Before anything changes: what an import would add, every problem found, and the choice. */
export function ImportReport() {
  const summary = useAppStore((s) => s.importSummary);
  const setImportSummary = useAppStore((s) => s.setImportSummary);
  const acceptImport = useAppStore((s) => s.acceptImport);
  const cancel = () => setImportSummary(null);
  // One click saves once: the button stays off until the save has ended.
  const [saving, setSaving] = useState(false);
  if (!summary) return null;
  const { entities, links, listings, rounds, sources } = summary.counts;
  const empty = entities === 0;
  return (
    <Modal label="Import report" onCancel={cancel}>
      <h2>Import {summary.name}</h2>
      <p>
        {empty ? 'Nothing can be imported from this file.' : 'Will import'} {formatCount(entities)} entities,{' '}
        {formatCount(links)} links, {formatCount(listings)} listings, {formatCount(rounds)} rounds and{' '}
        {formatCount(sources)} sources. Your current data stays as it is.
      </p>
      {!empty && summary.breakdown.length + summary.notes.length > 0 && (
        <ul className="breakdown" aria-label="What comes in">
          {[...summary.breakdown, ...summary.notes].map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {entities > LARGE && (
        <p className="warning">
          {formatCount(entities)} entities is more than the {formatCount(LARGE)} this app draws comfortably: laying out
          and drawing them may take minutes and much memory. Consider importing a part.
        </p>
      )}
      {summary.problemCount > 0 && (
        <>
          <p className="error">
            {formatCount(summary.problemCount)} problem{summary.problemCount === 1 ? '' : 's'}
            {empty ? ':' : '. Each says whether its record is left out or how it was read:'}
          </p>
          <ul className="problems" aria-label="Problems">
            {summary.problems.slice(0, SHOWN).map((p, i) => (
              <li key={i}>
                <code>{formatImportProblem(p)}</code>
              </li>
            ))}
          </ul>
          {summary.problemCount > SHOWN && <p>…and {formatCount(summary.problemCount - SHOWN)} more.</p>}
          <button type="button" onClick={() => saveProblems(summary)}>
            Save problem list
          </button>
        </>
      )}
      <div className="modal-actions">
        <button type="button" onClick={cancel}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          disabled={empty || saving}
          onClick={() => {
            setSaving(true);
            void acceptImport().finally(() => setSaving(false));
          }}
        >
          {summary.problemCount > 0 ? 'Import valid part' : 'Import'}
        </button>
      </div>
    </Modal>
  );
}

/** Every problem the report holds, one per line, as a text file to work through or send on. */
function saveProblems(summary: ImportSummary) {
  const lines = summary.problems.map(formatImportProblem);
  if (summary.problemCount > lines.length)
    lines.push(
      `…and ${formatCount(summary.problemCount - lines.length)} more, not listed: fix these and import again to see them.`,
    );
  downloadBlob(
    `${summary.name} problems.txt`,
    new Blob([`${lines.join('\n')}\n`], { type: 'text/plain;charset=utf-8' }),
  );
}
