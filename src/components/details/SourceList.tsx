import type { DatasetIndex } from '../../model/datasetIndex';

/** The sources a record cites, as links that open in a new tab; one without an address says where it is found. */
export function SourceList({
  index,
  ids,
  label = 'Sources',
}: {
  index: DatasetIndex;
  ids: readonly string[];
  label?: string;
}) {
  const sources = ids.map((id) => index.dataset.sources.find((s) => s.id === id)).filter((s) => s !== undefined);
  return (
    <div className="sources">
      <span className="sources-label">{label}:</span>
      <ul>
        {sources.map((source) => (
          <li key={source.id}>
            {source.url ? (
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.title}
              </a>
            ) : (
              <span>{source.title}</span>
            )}
            <span className="source-meta">
              {' '}
              — {source.publisher}
              {source.date ? `, ${source.date}` : ''}
            </span>
            {/* A source with no address says where it is found (a document number, a report). */}
            {!source.url && source.notes && <span className="source-meta">. {source.notes}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
