import { describe, expect, it } from 'vitest';
import { filterNetwork } from '../filter/filterNetwork';
import { initialFilterState } from '../filter/filterState';
import { indexDataset } from '../model/datasetIndex';
import { makeDataset, makeEntity, makeLink, makeListing, makeRound } from '../test/factories';
import { buildElements, layoutInput } from './buildElements';
import { linkLabel } from './labels';
import { roundStory } from './roundStory';
import { viewClasses } from './viewClasses';

const dataset = makeDataset({
  rounds: [makeRound({ id: 'sept', date: '2023-09-25' })],
  entities: [
    makeEntity({ id: 'apl', name: 'Asia Pacific Links Ltd.', country: 'HK' }),
    makeEntity({ id: 'stc', name: 'Special Technology Center', role: 'end-user' }),
    makeEntity({ id: 'owner', name: 'Owner', kind: 'person', role: 'owner' }),
  ],
  listings: [makeListing({ entity: 'apl', round: 'sept' })],
  links: [
    makeLink({
      id: 'apl-stc',
      source: 'apl',
      target: 'stc',
      items: ['GNSS modules', 'cellular modules'],
      confidence: 'inferred',
      uncertain: 'why',
    }),
    makeLink({ id: 'owns', source: 'owner', target: 'apl', kind: 'owns' }),
  ],
});

describe('buildElements', () => {
  const elements = buildElements(dataset, { apl: { x: 10, y: 20 } });
  const byId = (id: string) => elements.find((e) => e.data.id === id)!;

  it('makes one node per entity and one edge per link, with the ids and labels the UI contract names', () => {
    expect(elements.filter((e) => e.group === 'nodes').map((e) => [e.data.id, e.data.label])).toEqual([
      ['apl', 'Asia Pacific Links Ltd.'],
      ['stc', 'Special Technology Center'],
      ['owner', 'Owner'],
    ]);
    expect(byId('apl-stc').data).toMatchObject({ source: 'apl', target: 'stc', label: 'supplies: GNSS modules +1' });
  });

  it('puts static classes on elements: kind, role, end-user, link kind, confidence, uncertainty', () => {
    expect(byId('stc').classes).toEqual(['kind-company', 'role-end-user', 'end-user']);
    expect(byId('owner').classes).toEqual(['kind-person', 'role-owner']);
    expect(byId('apl-stc').classes).toEqual(['link-supplies', 'confidence-inferred', 'uncertain']);
  });

  it('files nodes under their filing country and places them at the given position', () => {
    expect(byId('apl').data.country).toBe('CN');
    expect(byId('apl').position).toEqual({ x: 10, y: 20 });
  });

  it('gives the layout bigger, bold boxes for end-users', () => {
    const { nodes, edges } = layoutInput(dataset);
    expect(nodes.find((n) => n.id === 'stc')).toMatchObject({ bold: true });
    expect(nodes.find((n) => n.id === 'stc')!.size).toBeGreaterThan(nodes.find((n) => n.id === 'apl')!.size);
    expect(edges).toHaveLength(2);
  });
});

describe('linkLabel', () => {
  it.each([
    [{ kind: 'owns' as const, items: [] }, 'owns'],
    [{ kind: 'procures-for' as const, items: ['components'] }, 'procures for: components'],
    [
      { kind: 'supplies' as const, items: ['a very long description of the items that were supplied'] },
      'supplies: a very long description of…',
    ],
  ])('labels %j as %s', (link, expected) => {
    expect(linkLabel(link)).toBe(expected);
  });
});

describe('viewClasses', () => {
  const index = indexDataset(dataset);
  it('marks status as of the date, hidden and selected elements', () => {
    const filters = { ...initialFilterState(), countries: ['CN', 'RU'], asOf: '2023-09-24' };
    const classes = viewClasses(index, filterNetwork(index, filters), filters, 'apl');
    expect(classes.get('apl')).toEqual(['not-yet-listed', 'selected']);
    expect(classes.get('stc')).toEqual(['never-listed']);
    expect(classes.get('apl-stc')).toEqual(['labelled']);
    expect(classes.get('owns')).toEqual(['labelled']);
  });

  it('dims context and hides the rest when rounds are chosen', () => {
    const filters = { ...initialFilterState(), rounds: ['sept'] };
    const classes = viewClasses(index, filterNetwork(index, filters), filters, null);
    expect(classes.get('apl')).toEqual(['sanctioned']);
    expect(classes.get('stc')).toEqual(['never-listed', 'dimmed']);
    expect(classes.get('owns')).toEqual(['dimmed']);
  });

  it("draws all but a round's story quietly in Present, unless a highlight already picks elements out", () => {
    const filters = initialFilterState();
    const view = filterNetwork(index, filters);
    // The story of Special Technology Center: it and its supplier APL; APL's owner stays quiet.
    const story = roundStory(index, view, new Set(['stc']))!;
    const classes = viewClasses(index, view, filters, null, null, new Set(['stc']), story);
    expect(classes.get('stc')).toEqual(['never-listed', 'newly-listed']);
    expect(classes.get('apl')).toEqual(['sanctioned']);
    expect(classes.get('apl-stc')).toEqual([]);
    expect(classes.get('owner')).toEqual(['never-listed', 'quiet']);
    expect(classes.get('owns')).toEqual(['quiet']);
    const highlighted = viewClasses(index, view, filters, null, new Map([['apl', 'on-path']]), null, story);
    expect(highlighted.get('owns')).toEqual(['dimmed']);
  });
});
