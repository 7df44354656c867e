import { FORMAT_VERSION } from '../model/format';
import type { Dataset, Entity, Link, Listing, Role, Round } from '../model/types';

/** A small seeded PRNG (mulberry32), so a generated network is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = ['CN', 'HK', 'RU', 'IR', 'TR', 'AE', 'FI', 'DE', 'IN', 'KZ', 'AM', 'UZ', 'EE', 'GB', 'SG'];
const TIERS: Role[] = ['supplier', 'distributor', 'logistics', 'finance'];
const WORDS = [
  'Alpha',
  'Nova',
  'Pacific',
  'Trade',
  'Tech',
  'Micro',
  'Star',
  'Global',
  'Orion',
  'Delta',
  'Vector',
  'Aero',
  'Link',
  'Source',
  'Import',
  'Systems',
];

/**
 * A realistic-shaped network for benchmarks: supply chains of 3–4 tiers feeding a few end-users, with
 * about 12 rounds listing a third of the entities. Valid against the dataset schema.
 */
export function generateNetwork(entityCount: number, seed = 1): Dataset {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const endUserCount = Math.max(1, Math.round(entityCount * 0.02));
  const entities: Entity[] = [];
  for (let i = 0; i < entityCount; i++) {
    const endUser = i < endUserCount;
    entities.push({
      id: `e${i}`,
      name: `${pick(WORDS)} ${pick(WORDS)} ${endUser ? 'Works' : 'Ltd'} ${i}`,
      aliases: [],
      kind: endUser ? 'agency' : 'company',
      role: endUser ? 'end-user' : pick(TIERS),
      country: pick(COUNTRIES),
      sources: ['gen'],
    });
  }
  const rounds: Round[] = Array.from({ length: 12 }, (_, i) => ({
    id: `r${i}`,
    authority: pick(['US BIS', 'US OFAC', 'US State']),
    list: 'Generated List',
    date: `2023-${String(i + 1).padStart(2, '0')}-15`,
    sources: ['gen'],
  }));
  const links: Link[] = [];
  // Each entity supplies one or two customers that were created before it (so closer to the end-users).
  for (let i = endUserCount; i < entityCount; i++) {
    const customers = new Set([Math.floor(random() * i), ...(random() < 0.4 ? [Math.floor(random() * i)] : [])]);
    for (const customer of customers) {
      links.push({
        id: `l${links.length}`,
        source: `e${i}`,
        target: `e${customer}`,
        kind: pick(['supplies', 'ships', 'pays'] as const),
        items: ['components'],
        confidence: pick(['official', 'reported', 'inferred'] as const),
        sources: ['gen'],
      });
    }
  }
  const listings: Listing[] = entities
    .filter((_, i) => i < endUserCount || random() < 0.33)
    .map((entity) => ({ entity: entity.id, round: pick(rounds).id, sources: ['gen'] }));
  return {
    format: 'supply-lines',
    version: FORMAT_VERSION,
    title: `Generated network of ${entityCount} entities`,
    sources: [
      { id: 'gen', title: 'Generated for benchmarks', publisher: 'Supply Lines', url: 'https://example.org/generated' },
    ],
    rounds,
    entities,
    listings,
    links,
  };
}
