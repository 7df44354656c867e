import { GRAPH_KEYS, PRESENT_KEYS, type KeyHelp } from '../../graph/graphKeys';
import { Modal } from '../Modal';

/** The `?` list: the graph's keys and Present's, from the one table the handlers follow. */
export function KeysDialog({ onClose }: { onClose: () => void }) {
  return (
    <Modal label="Keyboard keys" onCancel={onClose}>
      <h2>Keyboard keys</h2>
      <KeyTable caption="In the graph" keys={GRAPH_KEYS} />
      <KeyTable caption="In Present" keys={PRESENT_KEYS} />
      <div className="modal-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}

function KeyTable({ caption, keys }: { caption: string; keys: readonly KeyHelp[] }) {
  return (
    <table className="key-table">
      <caption>{caption}</caption>
      <tbody>
        {keys.map((help) => (
          <tr key={help.keys.join()}>
            <th scope="row">
              {help.keys.map((key, i) => (
                <span key={key}>
                  {i > 0 && ' '}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </th>
            <td>{help.action}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
