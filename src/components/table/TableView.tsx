import { useMemo, useState } from 'react';
import { toCsv } from '../../formats/shared/csv';
import { downloadBlob } from '../../export/download';
import { selectEffectiveAsOf, selectIndex, selectNetworkView, selectSelection } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { entityRows, filterAndSort, linkRows } from './tableRows';

type Kind = 'entities' | 'links';

/** Exactly what the graph shows, as sortable, filterable tables; choosing a row selects it. */
export function TableView() {
  const index = useAppStore(selectIndex);
  const view = useAppStore(selectNetworkView);
  const asOf = useAppStore(selectEffectiveAsOf);
  const selection = useAppStore(selectSelection);
  const selectEntity = useAppStore((s) => s.selectEntity);
  const selectLink = useAppStore((s) => s.selectLink);
  const [kind, setKind] = useState<Kind>('entities');
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState({ column: 0, descending: false });
  const data = useMemo(
    () => (index && view ? (kind === 'entities' ? entityRows(index, view, asOf) : linkRows(index, view)) : null),
    [index, view, asOf, kind],
  );
  if (!data) return null;
  const rows = filterAndSort(data, filter, sort.column, sort.descending);
  const choose = (id: string) => (kind === 'entities' ? selectEntity(id) : selectLink(id));

  return (
    <div className="table-view">
      <div className="table-bar">
        <div role="radiogroup" aria-label="Table of">
          {(['entities', 'links'] as const).map((k) => (
            <label key={k}>
              <input type="radio" name="table-kind" checked={kind === k} onChange={() => setKind(k)} />{' '}
              {k === 'entities' ? 'Entities' : 'Links'}
            </label>
          ))}
        </div>
        <input
          type="search"
          aria-label="Filter rows"
          placeholder="Filter rows"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        <span className="muted">
          {rows.length} of {data.rows.length} rows
        </span>
        <button
          type="button"
          onClick={() =>
            downloadBlob(
              `supply-lines-${kind}.csv`,
              new Blob(
                [
                  toCsv(
                    data.columns,
                    rows.map((r) => r.cells),
                  ),
                ],
                { type: 'text/csv;charset=utf-8' },
              ),
            )
          }
        >
          Export CSV
        </button>
      </div>
      <table aria-label={kind === 'entities' ? 'Entities' : 'Links'}>
        <thead>
          <tr>
            {data.columns.map((column, i) => (
              <th key={column} aria-sort={sort.column === i ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                <button
                  type="button"
                  onClick={() => setSort({ column: i, descending: sort.column === i && !sort.descending })}
                >
                  {column}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} aria-selected={selection?.id === row.id} onClick={() => choose(row.id)}>
              {row.cells.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    <button type="button" className="link-button">
                      {cell}
                    </button>
                  </th>
                ) : (
                  <td key={i}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
