import type { Positions } from '../../layout/computeLayout';
import type { Dataset } from '../../model/types';

/**
 * Cytoscape JSON (.cyjs) as Cytoscape desktop opens it: `elements.nodes` and `elements.edges` with
 * `data` (lists kept as arrays, sources as {title, url}) and node positions.
 */
export function toCytoscapeJson(dataset: Dataset, positions: Positions): string {
  const sources = (ids: readonly string[]) =>
    ids.map((id) => dataset.sources.find((s) => s.id === id)).filter((s) => s !== undefined).map((s) => ({ title: s.title, publisher: s.publisher, date: s.date, url: s.url }));
  const listings = (entityId: string) =>
    dataset.listings
      .filter((l) => l.entity === entityId)
      .map((l) => {
        const round = dataset.rounds.find((r) => r.id === l.round)!;
        return { round: l.round, authority: round.authority, list: round.list, date: round.date, reason: l.reason, sources: sources(l.sources) };
      });
  const document = {
    format_version: '1.0',
    generated_by: 'Supply Lines',
    target_cytoscapejs_version: '~3.34',
    data: { name: dataset.title, description: dataset.description },
    elements: {
      nodes: dataset.entities.map((e) => ({
        data: { id: e.id, name: e.name, label: e.name, aliases: e.aliases, kind: e.kind, role: e.role, country: e.country, city: e.city, notes: e.notes, uncertain: e.uncertain, listings: listings(e.id), sources: sources(e.sources) },
        position: positions[e.id] ?? { x: 0, y: 0 },
      })),
      edges: dataset.links.map((l) => ({
        data: { id: l.id, source: l.source, target: l.target, interaction: l.kind, kind: l.kind, items: l.items, period: l.period, confidence: l.confidence, notes: l.notes, uncertain: l.uncertain, sources: sources(l.sources) },
      })),
    },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
