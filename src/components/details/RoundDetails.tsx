import type { DatasetIndex } from '../../model/datasetIndex';
import { DATE_UNKNOWN, roundLabel, roundSizeText } from '../../model/rounds';
import type { Round } from '../../model/types';
import { useAppStore } from '../../store/useAppStore';
import { SourceList } from './SourceList';
import { UncertainNote } from './UncertainNote';

/** A round: who acted, when, under what citation, what was published, and which entities it listed. */
export function RoundDetails({ index, round }: { index: DatasetIndex; round: Round }) {
  const selectEntity = useAppStore((s) => s.selectEntity);
  const listings = index.dataset.listings.filter((l) => l.round === round.id);
  const listed = listings.map((l) => index.entityById.get(l.entity)!);
  const uncertain = listings.filter((l) => l.uncertain).length;
  const stated = round.size?.entities;
  return (
    <>
      <h2 id="details-heading">{roundLabel(round)}</h2>
      {round.title && <p>{round.title}</p>}
      <dl className="facts">
        <dt>Authority</dt>
        <dd>{round.authority}</dd>
        <dt>List</dt>
        <dd>{round.list}</dd>
        {round.programme && (
          <>
            <dt>Programme</dt>
            <dd>{round.programme}</dd>
          </>
        )}
        <dt>Date</dt>
        <dd>{round.date ?? DATE_UNKNOWN}</dd>
        {round.published && (
          <>
            <dt>Published</dt>
            <dd>{round.published}</dd>
          </>
        )}
        {round.effective && (
          <>
            <dt>Effective</dt>
            <dd>{round.effective}</dd>
          </>
        )}
        {round.citation && (
          <>
            <dt>Citation</dt>
            <dd>{round.citation}</dd>
          </>
        )}
        {round.summary && (
          <>
            <dt>As published</dt>
            <dd>{round.summary}</dd>
          </>
        )}
        {round.size && (
          <>
            <dt>Size, as stated</dt>
            <dd>{roundSizeText(round.size)}</dd>
          </>
        )}
      </dl>
      <p>
        This dataset names {listed.length}
        {stated !== undefined ? ` of the ${stated}` : ''}{' '}
        {listed.length === 1 && stated === undefined ? 'entity' : 'entities'} it listed
        {uncertain > 0 ? ` (${uncertain} of them uncertain)` : ''}.
      </p>
      {round.notes && <p>{round.notes}</p>}
      <UncertainNote text={round.uncertain} />
      <SourceList index={index} ids={round.sources} />
      <h3>Listed in this round ({listed.length})</h3>
      <ul className="links">
        {listed.map((entity) => (
          <li key={entity.id}>
            <button type="button" className="link-button" onClick={() => selectEntity(entity.id)}>
              {entity.name}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
