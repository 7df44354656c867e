import { selectEffectiveAsOf, selectIndex, selectSelection } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { focusGraphRegion } from '../graph/graphRegion';
import { EntityDetails } from './EntityDetails';
import { GraphStatistics } from './GraphStatistics';
import { LinkDetails } from './LinkDetails';
import { RoundDetails } from './RoundDetails';

/** The evidence behind what is selected: every listing and link, each with its sources. */
export function DetailsPanel() {
  const index = useAppStore(selectIndex);
  const selection = useAppStore(selectSelection);
  const asOf = useAppStore(selectEffectiveAsOf);
  const clearSelection = useAppStore((s) => s.clearSelection);
  if (!index) return null;
  const entity = selection?.type === 'entity' ? index.entityById.get(selection.id) : undefined;
  const link = selection?.type === 'link' ? index.linkById.get(selection.id) : undefined;
  const round = selection?.type === 'round' ? index.roundById.get(selection.id) : undefined;

  return (
    <aside
      className="details"
      role="complementary"
      aria-label="Details"
      // Escape hands the keyboard back to the graph walk; a field that uses Escape itself keeps it.
      onKeyDown={(event) => event.key === 'Escape' && !event.defaultPrevented && focusGraphRegion()}
    >
      {selection && (
        <button type="button" className="close" onClick={clearSelection} aria-label="Close details">
          ×
        </button>
      )}
      {entity ? (
        <EntityDetails index={index} entity={entity} asOf={asOf} />
      ) : link ? (
        <LinkDetails index={index} link={link} />
      ) : round ? (
        <RoundDetails index={index} round={round} />
      ) : (
        <>
          <h2 id="details-heading">{index.dataset.title}</h2>
          {index.dataset.description && <p>{index.dataset.description}</p>}
          <p className="muted">
            {index.dataset.entities.length} entities, {index.dataset.links.length} links, {index.dataset.rounds.length}{' '}
            rounds, {index.dataset.sources.length} sources. Click an entity or a link to see its evidence.
          </p>
          <GraphStatistics />
        </>
      )}
    </aside>
  );
}
