import { authoritiesListing } from '../../analysis/authorities';
import { sanctionStatus } from '../../analysis/sanctionStatus';
import { roleText, statusText } from '../../graph/describe';
import type { DatasetIndex } from '../../model/datasetIndex';
import type { Entity } from '../../model/types';
import { lazyPart } from '../lazy/lazyPart';
import { FocusControls } from '../tools/FocusControls';
import { AuthorityBadges } from './AuthorityBadges';
import { EntityPlaces } from './EntityPlaces';
import { LinkItem } from './LinkItem';
import { ListingList } from './ListingList';
import { SourceList } from './SourceList';
import { UncertainNote } from './UncertainNote';

const AuthorityLagList = lazyPart('authority lag', () => import('./AuthorityLagList').then((m) => m.AuthorityLagList));

export function EntityDetails({ index, entity, asOf }: { index: DatasetIndex; entity: Entity; asOf: string | null }) {
  const links = index.linksByEntity.get(entity.id) ?? [];
  const outgoing = links.filter((l) => l.source === entity.id);
  const incoming = links.filter((l) => l.target === entity.id);
  const status = sanctionStatus(index, entity.id, asOf);
  return (
    <>
      <h2 id="details-heading">{entity.name}</h2>
      <p className={`status status-${status}`}>{statusText(status, asOf)}</p>
      <AuthorityBadges authorities={authoritiesListing(index, entity.id, asOf)} />
      <FocusControls entityId={entity.id} />
      <dl className="facts">
        {entity.aliases.length > 0 && (
          <>
            <dt>Aliases</dt>
            <dd>{entity.aliases.join('; ')}</dd>
          </>
        )}
        <EntityPlaces entity={entity} />
        <dt>Role</dt>
        <dd>{roleText(entity)}</dd>
      </dl>
      {entity.notes && <p>{entity.notes}</p>}
      <UncertainNote text={entity.uncertain} />
      <SourceList index={index} ids={entity.sources} />
      <h3>Listings</h3>
      <ListingList index={index} entityId={entity.id} asOf={asOf} />
      <AuthorityLagList index={index} entityId={entity.id} />
      <h3>Links out ({outgoing.length})</h3>
      <ul className="links">
        {outgoing.map((link) => (
          <LinkItem key={link.id} index={index} link={link} fromEntity={entity.id} />
        ))}
      </ul>
      <h3>Links in ({incoming.length})</h3>
      <ul className="links">
        {incoming.map((link) => (
          <LinkItem key={link.id} index={index} link={link} fromEntity={entity.id} />
        ))}
      </ul>
    </>
  );
}
