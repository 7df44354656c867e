import type { Core, EventObject } from 'cytoscape';
import { useEffect, useState } from 'react';
import { listingsInForce } from '../../analysis/sanctionStatus';
import { CONFIDENCE_LINES } from '../../graph/palette';
import { LINK_KIND_PHRASES, shareText } from '../../graph/labels';
import { countryLabel } from '../../model/countries';
import { listingSince, type DatasetIndex } from '../../model/datasetIndex';
import { DATE_UNKNOWN } from '../../model/rounds';
import { selectEffectiveAsOf, selectIndex } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';

interface Hovered {
  id: string;
  x: number;
  y: number;
}

/** A small card by the pointer: for an entity, who lists it as of the date; for a link, what flows. */
export function HoverCard({ cy }: { cy: Core }) {
  const [hovered, setHovered] = useState<Hovered | null>(null);
  const index = useAppStore(selectIndex);
  const asOf = useAppStore(selectEffectiveAsOf);

  useEffect(() => {
    const onOver = (event: EventObject) => {
      const point = event.renderedPosition ?? event.target.renderedPosition();
      setHovered({ id: event.target.id(), x: point.x, y: point.y });
    };
    const onOut = () => setHovered(null);
    cy.on('mouseover', 'node, edge', onOver);
    cy.on('mouseout', 'node, edge', onOut);
    cy.on('viewport', onOut);
    return () => {
      cy.off('mouseover', 'node, edge', onOver);
      cy.off('mouseout', 'node, edge', onOut);
      cy.off('viewport', onOut);
    };
  }, [cy]);

  if (!hovered || !index) return null;
  const content = index.entityById.has(hovered.id) ? entityCard(index, hovered.id, asOf) : linkCard(index, hovered.id);
  if (!content) return null;
  return (
    <div className="hover-card" style={{ left: hovered.x + 16, top: hovered.y + 16 }} aria-hidden="true">
      {content}
    </div>
  );
}

function entityCard(index: DatasetIndex, id: string, asOf: string | null) {
  const entity = index.entityById.get(id)!;
  const listings = listingsInForce(index, id, asOf);
  return (
    <>
      <strong>{entity.name}</strong>
      <span>{countryLabel(entity.country)}</span>
      {listings.length === 0 && <span>Not listed as of {asOf}</span>}
      {listings.map((listing, i) => {
        const round = index.roundById.get(listing.round)!;
        const since = listingSince(listing, index.roundById) ?? DATE_UNKNOWN;
        return (
          <span key={`${listing.round}:${i}`}>
            Listed by {round.authority} ({round.list}, {since}){listing.uncertain ? ' (uncertain)' : ''}
          </span>
        );
      })}
      {entity.uncertain && <span>Uncertain: see details</span>}
    </>
  );
}

function linkCard(index: DatasetIndex, id: string) {
  const link = index.linkById.get(id);
  if (!link) return null;
  return (
    <>
      <strong>
        {index.entityById.get(link.source)!.name} {LINK_KIND_PHRASES[link.kind]}{' '}
        {index.entityById.get(link.target)!.name}
      </strong>
      {link.share !== undefined && <span>Share: {shareText(link.share)}</span>}
      {link.role && <span>Role: {link.role}</span>}
      {link.items.length > 0 && <span>{link.items.join(', ')}</span>}
      <span>
        {CONFIDENCE_LINES[link.confidence].label}
        {link.uncertain ? ' (uncertain: see details)' : ''}
      </span>
    </>
  );
}
