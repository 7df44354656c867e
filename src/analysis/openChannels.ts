import { listingsInForce } from './sanctionStatus';
import type { DatasetIndex } from '../model/datasetIndex';
import { LINK_KIND_TABLE, type LinkGroup } from '../model/linkKinds';
import type { Confidence, Link } from '../model/types';
import { listingFirstDate } from './authorityLag';
import { periodHolds } from './calendar';

/**
 * The links a channel follows: goods (supplies, ships, procures for, produces for) and money (pays),
 * each in its direction. A payment is a service to the route as much as shipping is: a payer funding the
 * supplier of a sanctioned end-user keeps the channel open. Control and personal ties are not routes.
 */
export const CHANNEL_LINK_GROUPS: readonly LinkGroup[] = ['goods', 'money'];

/** Bounds that keep the search fast on 20,000 entities: at most this many links per route, and routes. */
export const CHANNEL_LIMITS = { maxLinks: 4, maxRoutes: 200 } as const;

// One collator for the whole sort: thousands of ties at one length would make localeCompare the slowest
// part. Made on first use, not when the first script loads (collation data, 10–45 ms).
let byName: Intl.Collator | null = null;

/** Evidence from strongest to weakest, as ranks. */
const EVIDENCE: Record<Confidence, number> = { official: 0, reported: 1, inferred: 2 };

export interface OpenChannel {
  /** The links' ids joined by commas (ids hold no comma): names the route in the address. */
  id: string;
  /** From the route's first entity to the sanctioned end-user. */
  links: Link[];
  /** The entities in order, first to end-user. */
  entities: string[];
  /** The first later listing (after the date) of one of its other entities, which closed the route. */
  closedBy?: { date: string; entityId: string };
}

export interface OpenChannelsResult {
  channels: OpenChannel[];
  /** More routes were found than are kept: only the shortest, best-evidenced `maxRoutes` are listed. */
  cutRoutes: boolean;
  /** Some routes go on beyond `maxLinks` links and were not followed further. */
  cutDepth: boolean;
}

export interface OpenChannelsOptions {
  /** Limits the search to what the view shows. */
  allowed?: (entityId: string) => boolean;
  maxLinks?: number;
  maxRoutes?: number;
}

/**
 * The routes to a sanctioned end-user that were still open on `asOf`: directed goods and money paths
 * (links that held then) ending at an end-user listed by anyone by then (dated or "date unknown"), whose
 * every other entity was not listed by `authority` (by anyone, when null). Every route of up to
 * `maxLinks` links counts, so a supplier behind a distributor is its own route. Ranked shortest first,
 * then by evidence (the weakest link decides, then the next weakest), then by names.
 *
 * The search walks back from the end-users one link per level and stops at the level where the routes
 * found pass `maxRoutes`, so the routes it keeps are always the shortest.
 */
export function openChannels(
  index: DatasetIndex,
  asOf: string | null,
  authority: string | null,
  options: OpenChannelsOptions = {},
): OpenChannelsResult {
  const { allowed = () => true, maxLinks = CHANNEL_LIMITS.maxLinks, maxRoutes = CHANNEL_LIMITS.maxRoutes } = options;
  const listedBy = memoized((id: string) =>
    listingsInForce(index, id, asOf).map((l) => index.roundById.get(l.round)!.authority),
  );
  const blocks = (id: string) => (authority === null ? listedBy(id).length > 0 : listedBy(id).includes(authority));
  const feeders = memoized((id: string) =>
    (index.linksByEntity.get(id) ?? []).filter(
      (link) =>
        link.target === id &&
        link.source !== id &&
        CHANNEL_LINK_GROUPS.includes(LINK_KIND_TABLE[link.kind].group) &&
        periodHolds(link.period, asOf) &&
        allowed(link.source) &&
        !blocks(link.source),
    ),
  );

  type Route = { links: Link[]; onRoute: ReadonlySet<string> };
  let level: Route[] = [];
  for (const entity of index.dataset.entities) {
    if (entity.role !== 'end-user' || !allowed(entity.id) || listedBy(entity.id).length === 0) continue;
    for (const link of feeders(entity.id)) level.push({ links: [link], onRoute: new Set([entity.id, link.source]) });
  }
  const found: Route[] = [];
  let cutRoutes = false;
  let cutDepth = false;
  // A level can hold far more routes than are kept; generating stops here, so one hub cannot stall the page.
  const levelBound = maxRoutes * 20;
  for (let length = 1; level.length > 0; length++) {
    found.push(...level);
    if (found.length > maxRoutes) {
      cutRoutes = true;
      break;
    }
    const next: Route[] = [];
    for (const route of level) {
      for (const link of feeders(route.links[0]!.source)) {
        if (route.onRoute.has(link.source)) continue;
        if (length === maxLinks) {
          cutDepth = true;
          break;
        }
        next.push({ links: [link, ...route.links], onRoute: new Set([...route.onRoute, link.source]) });
        if (next.length >= levelBound) cutRoutes = true;
        if (cutRoutes) break;
      }
      if (cutDepth || cutRoutes) break;
    }
    level = cutDepth ? [] : next;
  }

  const name = (id: string) => index.entityById.get(id)!.name;
  const ranked = found.map((route) => {
    const entities = [route.links[0]!.source, ...route.links.map((l) => l.target)];
    return {
      route,
      entities,
      evidence: route.links.map((l) => EVIDENCE[l.confidence]).sort((a, b) => b - a),
      text: entities.map(name).join(' → '),
    };
  });
  ranked.sort(
    (a, b) =>
      a.route.links.length - b.route.links.length ||
      compareEvidence(a.evidence, b.evidence) ||
      (byName ??= new Intl.Collator('en')).compare(a.text, b.text),
  );
  const firstLaterListing = memoized((id: string) => laterListing(index, id, asOf, authority));
  const channels = ranked.slice(0, maxRoutes).map(({ route, entities }): OpenChannel => {
    const closings = entities.slice(0, -1).flatMap((id) => {
      const date = firstLaterListing(id);
      return date ? [{ date, entityId: id }] : [];
    });
    const closedBy = closings.sort((a, b) => a.date.localeCompare(b.date))[0];
    return {
      id: route.links.map((l) => l.id).join(','),
      links: route.links,
      entities,
      ...(closedBy ? { closedBy } : {}),
    };
  });
  return { channels, cutRoutes, cutDepth };
}

/** The earliest day after `asOf` that `authority` (anyone, when null) listed the entity. */
function laterListing(
  index: DatasetIndex,
  entityId: string,
  asOf: string | null,
  authority: string | null,
): string | undefined {
  if (asOf === null) return undefined;
  let earliest: string | undefined;
  for (const listing of index.listingsByEntity.get(entityId) ?? []) {
    if (authority !== null && index.roundById.get(listing.round)!.authority !== authority) continue;
    const date = listingFirstDate(index, listing);
    if (date !== undefined && date > asOf && (earliest === undefined || date < earliest)) earliest = date;
  }
  return earliest;
}

/** Compares evidence lists sorted weakest first: the route whose weakest link is stronger comes first. */
function compareEvidence(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

function memoized<T>(compute: (id: string) => T): (id: string) => T {
  const cache = new Map<string, T>();
  return (id) => {
    if (!cache.has(id)) cache.set(id, compute(id));
    return cache.get(id)!;
  };
}
