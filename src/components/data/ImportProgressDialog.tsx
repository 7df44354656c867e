import { useAppStore } from '../../store/useAppStore';
import { Modal } from '../Modal';

/** While files are read off the main thread: what is being done, how far along, and Cancel. */
export function ImportProgressDialog() {
  const progress = useAppStore((s) => s.importProgress);
  const cancelImport = useAppStore((s) => s.cancelImport);
  if (!progress) return null;
  const percent = progress.fraction === null ? null : Math.round(progress.fraction * 100);
  return (
    <Modal label="Importing" onCancel={cancelImport}>
      <h2>Importing {progress.files}</h2>
      <p aria-live="polite">
        {progress.step}
        {percent === null ? '…' : ` (${percent}%)`}
      </p>
      <progress aria-label="Import progress" max={100} {...(percent === null ? {} : { value: percent })} />
      <div className="modal-actions">
        <button type="button" onClick={cancelImport}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}
