import type { Core, EventObject } from 'cytoscape';
import { useEffect, useState } from 'react';
import { listingsInForce } from '../../filter/sanctionStatus';
import { countryLabel } from '../../model/countries';
import { selectEffectiveAsOf, selectIndex } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';

interface Hovered {
  id: string;
  x: number;
  y: number;
}

/** A small card beside the hovered entity: who it is and which authorities list it as of the date. */
export function HoverCard({ cy }: { cy: Core }) {
  const [hovered, setHovered] = useState<Hovered | null>(null);
  const index = useAppStore(selectIndex);
  const asOf = useAppStore(selectEffectiveAsOf);

  useEffect(() => {
    const onOver = (event: EventObject) => {
      const { x, y } = event.target.renderedPosition();
      setHovered({ id: event.target.id(), x, y: y + event.target.renderedOuterHeight() / 2 });
    };
    const onOut = () => setHovered(null);
    cy.on('mouseover', 'node', onOver);
    cy.on('mouseout', 'node', onOut);
    cy.on('viewport', onOut);
    return () => {
      cy.off('mouseover', 'node', onOver);
      cy.off('mouseout', 'node', onOut);
      cy.off('viewport', onOut);
    };
  }, [cy]);

  const entity = hovered && index?.entityById.get(hovered.id);
  if (!hovered || !entity || !index) return null;
  const listings = listingsInForce(index, entity.id, asOf);
  return (
    <div className="hover-card" style={{ left: hovered.x + 14, top: hovered.y + 4 }} aria-hidden="true">
      <strong>{entity.name}</strong>
      <span>{countryLabel(entity.country)}</span>
      {listings.length === 0 ? (
        <span>Not listed as of {asOf}</span>
      ) : (
        listings.map((listing) => {
          const round = index.roundById.get(listing.round)!;
          return <span key={listing.round}>Listed by {round.authority} ({round.list}, {round.date})</span>;
        })
      )}
    </div>
  );
}
