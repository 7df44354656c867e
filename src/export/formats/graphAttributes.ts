import type { Dataset } from '../../model/types';
import { listingsText, sourcesText } from './sourcesText';

/** The attributes every graph format carries, as name → value, so GEXF and GraphML say the same. */
export const NODE_ATTRIBUTES = ['kind', 'role', 'country', 'city', 'aliases', 'listings', 'notes', 'uncertain', 'sources'] as const;
export const EDGE_ATTRIBUTES = ['kind', 'items', 'from', 'to', 'confidence', 'notes', 'uncertain', 'sources'] as const;

export function nodeAttributes(dataset: Dataset, entity: Dataset['entities'][number]): Record<(typeof NODE_ATTRIBUTES)[number], string> {
  return {
    kind: entity.kind,
    role: entity.role,
    country: entity.country,
    city: entity.city ?? '',
    aliases: entity.aliases.join('; '),
    listings: listingsText(dataset, entity.id),
    notes: entity.notes ?? '',
    uncertain: entity.uncertain ?? '',
    sources: sourcesText(dataset, entity.sources),
  };
}

export function edgeAttributes(dataset: Dataset, link: Dataset['links'][number]): Record<(typeof EDGE_ATTRIBUTES)[number], string> {
  return {
    kind: link.kind,
    items: link.items.join('; '),
    from: link.period?.from ?? '',
    to: link.period?.to ?? '',
    confidence: link.confidence,
    notes: link.notes ?? '',
    uncertain: link.uncertain ?? '',
    sources: sourcesText(dataset, link.sources),
  };
}
