import type { LabelCandidate, LabelPlanOptions } from '../graph/labelPlan';
import { FORMAT_VERSION } from '../model/format';
import type { Dataset, Entity, Link, Listing, Round, Source } from '../model/types';

/** Small builders with sensible defaults, so each test states only what it is about. */
export function makeSource(overrides: Partial<Source> = {}): Source {
  return {
    id: 'src-1',
    title: 'A report',
    publisher: 'A publisher',
    date: '2023-09-25',
    url: 'https://example.org/report',
    ...overrides,
  };
}

export function makeRound(overrides: Partial<Round> = {}): Round {
  return {
    id: 'round-1',
    authority: 'US BIS',
    list: 'Entity List',
    date: '2023-09-25',
    sources: ['src-1'],
    ...overrides,
  };
}

export function makeEntity(overrides: Partial<Entity> = {}): Entity {
  const id = overrides.id ?? 'entity-1';
  return {
    id,
    name: `Entity ${id}`,
    aliases: [],
    kind: 'company',
    role: 'supplier',
    country: 'RU',
    sources: ['src-1'],
    ...overrides,
  };
}

export function makeListing(overrides: Partial<Listing> = {}): Listing {
  return { entity: 'entity-1', round: 'round-1', sources: ['src-1'], ...overrides };
}

export function makeLink(overrides: Partial<Link> = {}): Link {
  return {
    id: 'link-1',
    source: 'entity-1',
    target: 'entity-2',
    kind: 'supplies',
    items: [],
    confidence: 'reported',
    sources: ['src-1'],
    ...overrides,
  };
}

export function makeDataset(overrides: Partial<Dataset> = {}): Dataset {
  return {
    format: 'supply-lines',
    version: FORMAT_VERSION,
    title: 'Test data',
    sources: [makeSource()],
    rounds: [makeRound()],
    entities: [makeEntity(), makeEntity({ id: 'entity-2' })],
    listings: [makeListing()],
    links: [makeLink()],
    ...overrides,
  };
}

/** The label planner's options at `zoom`: 9 px names, 13-unit base font, an 800 × 600 view. */
export function makeLabelPlanOptions(zoom: number, overrides: Partial<LabelPlanOptions> = {}): LabelPlanOptions {
  return { minFontPx: 9, baseFontSize: 13, zoom, viewport: { width: 800, height: 600 }, margin: 5, ...overrides };
}

/** A node on screen at (x, y), 30 px tall, with a label box of 100 × 20 model units. */
export function makeLabelCandidate(
  id: string,
  x: number,
  y: number,
  priority = 0,
  overrides: Partial<LabelCandidate> = {},
): LabelCandidate {
  return { id, x, y, nodeHeight: 30, width: 100, height: 20, priority, ...overrides };
}
