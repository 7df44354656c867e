import { useState } from 'react';
import {
  ENTITY_FIELDS,
  FIELD_LABELS,
  LINK_FIELDS,
  mappingProblem,
  type CsvTableMapping,
  type CsvTablePreview,
  type EntityField,
  type LinkField,
} from '../../formats/shared/csvMapping';
import { useAppStore } from '../../store/useAppStore';
import { Modal } from '../Modal';

/**
 * The mapping step for CSV files whose headers the app does not recognise: for each file, whether it
 * holds entities or links and which column fills which field, with the first rows as a preview.
 */
export function ColumnMapping() {
  const tables = useAppStore((s) => s.importMapping);
  const cancelImport = useAppStore((s) => s.cancelImport);
  if (!tables) return null;
  return (
    <Modal label="Map columns" onCancel={cancelImport} wide>
      <MappingForm key={tables.map((t) => t.file).join('\n')} tables={tables} onCancel={cancelImport} />
    </Modal>
  );
}

function MappingForm({ tables, onCancel }: { tables: CsvTablePreview[]; onCancel: () => void }) {
  const submitMapping = useAppStore((s) => s.submitMapping);
  const [mappings, setMappings] = useState<CsvTableMapping[]>(() => tables.map((t) => t.guess));
  const update = (index: number, mapping: CsvTableMapping) =>
    setMappings((all) => all.map((m, i) => (i === index ? mapping : m)));
  const problems = mappings.map(mappingProblem);
  const ready = problems.every((p) => p === null) && mappings.some((m) => m.table !== 'skip');
  return (
    <>
      <h2>Which column is which?</h2>
      <p>
        Some columns were not recognised. Say what each file holds and which column fills which field; the preview shows
        the first rows.
      </p>
      {tables.map((table, index) => (
        <TableMapping
          key={table.file}
          table={table}
          mapping={mappings[index]!}
          problem={problems[index] ?? null}
          onChange={(m) => update(index, m)}
        />
      ))}
      <div className="modal-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="primary" disabled={!ready} onClick={() => submitMapping(mappings)}>
          Continue
        </button>
      </div>
    </>
  );
}

function TableMapping({
  table,
  mapping,
  problem,
  onChange,
}: {
  table: CsvTablePreview;
  mapping: CsvTableMapping;
  problem: string | null;
  onChange: (m: CsvTableMapping) => void;
}) {
  const fields = (
    mapping.table === 'links'
      ? Object.keys(LINK_FIELDS)
      : mapping.table === 'entities'
        ? Object.keys(ENTITY_FIELDS)
        : []
  ) as Array<EntityField | LinkField>;
  const columns = mapping.columns as Partial<Record<EntityField | LinkField, string>>;
  const fieldOf = (header: string) => fields.find((f) => columns[f] === header);
  return (
    <section className="mapping" aria-label={`Columns of ${table.file}`}>
      <h3>{table.file}</h3>
      <label>
        This file holds{' '}
        <select
          aria-label={`${table.file} holds`}
          value={mapping.table}
          onChange={(e) =>
            onChange(
              e.target.value === 'skip'
                ? { file: table.file, table: 'skip', columns: {} }
                : { file: table.file, table: e.target.value as 'entities', columns: {} },
            )
          }
        >
          <option value="entities">Entities (one per row)</option>
          <option value="links">Links (one per row)</option>
          <option value="skip">Nothing to import</option>
        </select>
      </label>
      <div className="mapping-fields">
        {fields.map((field) => (
          <label key={field}>
            {FIELD_LABELS[field]}
            <select
              aria-label={`${table.file}: ${FIELD_LABELS[field]}`}
              value={columns[field] ?? ''}
              onChange={(e) =>
                onChange({
                  ...mapping,
                  columns: { ...columns, [field]: e.target.value || undefined },
                } as CsvTableMapping)
              }
            >
              <option value="">— none —</option>
              {table.headers.map((header) => (
                <option key={header} value={header}>
                  {header}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      {problem && (
        <p className="error">
          {table.file}: {problem}.
        </p>
      )}
      <div className="mapping-preview">
        <table aria-label={`Preview of ${table.file}`}>
          <thead>
            <tr>
              {table.headers.map((h) => (
                <th key={h}>
                  {h}
                  <br />
                  <small>{fieldOf(h) ? `→ ${FIELD_LABELS[fieldOf(h)!]}` : 'not imported'}</small>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, i) => (
              <tr key={i}>
                {table.headers.map((h, k) => (
                  <td key={h}>{row[k] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
