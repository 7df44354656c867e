import type { Core, EventObject } from 'cytoscape';
import { useEffect, useState } from 'react';
import { sanctionStatus } from '../../analysis/sanctionStatus';
import { evidenceText, linkSentence, listedByPhrases, statusText } from '../../graph/describe';
import { shareText } from '../../graph/labels';
import { countryLabel } from '../../model/countries';
import type { DatasetIndex } from '../../model/datasetIndex';
import { selectEffectiveAsOf, selectIndex } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';

interface Hovered {
  id: string;
  x: number;
  y: number;
}

/**
 * A small card by the pointer: for an entity, who lists it as of the date; for a link, what flows; for
 * an overview's cluster, its counts.
 */
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
  const content = index.entityById.has(hovered.id)
    ? entityCard(index, hovered.id, asOf)
    : (clusterCard(cy, hovered.id) ?? linkCard(index, hovered.id));
  if (!content) return null;
  return (
    <div className="hover-card" style={{ left: hovered.x + 16, top: hovered.y + 16 }} aria-hidden="true">
      {content}
    </div>
  );
}

function entityCard(index: DatasetIndex, id: string, asOf: string | null) {
  const entity = index.entityById.get(id)!;
  const listedBy = listedByPhrases(index, id, asOf);
  return (
    <>
      <strong>{entity.name}</strong>
      <span>{countryLabel(entity.country)}</span>
      {listedBy.length === 0 && <span>{statusText(sanctionStatus(index, id, asOf), asOf)}</span>}
      {listedBy.map((phrase, i) => (
        <span key={i}>{phrase}</span>
      ))}
      {entity.uncertain && <span>Uncertain: see details</span>}
    </>
  );
}

/** An overview's cluster: its counts in words (the disc shows only the number). */
function clusterCard(cy: Core, id: string) {
  const cluster = cy.getElementById(id);
  if (!cluster.hasClass('cluster')) return null;
  return (
    <>
      <strong>Cluster: {String(cluster.data('description'))}</strong>
      <span>Click or zoom in to open it</span>
    </>
  );
}

function linkCard(index: DatasetIndex, id: string) {
  const link = index.linkById.get(id);
  if (!link) return null;
  return (
    <>
      <strong>{linkSentence(index, link)}</strong>
      {link.share !== undefined && <span>Share: {shareText(link.share)}</span>}
      {link.role && <span>Role: {link.role}</span>}
      {link.items.length > 0 && <span>{link.items.join(', ')}</span>}
      <span>{evidenceText(link)}</span>
    </>
  );
}
