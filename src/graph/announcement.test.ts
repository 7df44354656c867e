import { describe, expect, it } from 'vitest';
import { indexDataset } from '../model/datasetIndex';
import { makeDataset, makeEntity, makeLink, makeListing, makeRound, makeSource } from '../test/factories';
import { entityAnnouncement, linkAnnouncement, linkCountText, WALK_MESSAGES } from './announcement';

const index = indexDataset(
  makeDataset({
    sources: [
      makeSource({ id: 'rule', title: 'Entity List additions', publisher: 'US BIS', date: '2023-09-25' }),
      makeSource({ id: 'press', title: 'Trade records', publisher: 'A newspaper', date: undefined }),
    ],
    rounds: [makeRound({ id: 'bis', authority: 'US BIS', list: 'Entity List', date: '2023-09-25', sources: ['rule'] })],
    entities: [
      makeEntity({ id: 'hk', name: 'Sky Link', country: 'HK', role: 'distributor', kind: 'company' }),
      makeEntity({ id: 'ru', name: 'Orion', country: 'RU', role: 'end-user', kind: 'agency' }),
      makeEntity({ id: 'cn', name: 'Lone', country: 'CN' }),
    ],
    listings: [makeListing({ entity: 'hk', round: 'bis', sources: ['rule'] })],
    links: [
      makeLink({ id: 'l1', source: 'hk', target: 'ru', kind: 'supplies', confidence: 'official', sources: ['rule'] }),
      makeLink({
        id: 'l2',
        source: 'ru',
        target: 'hk',
        kind: 'pays',
        confidence: 'reported',
        sources: ['rule', 'press'],
      }),
    ],
  }),
);

describe('entityAnnouncement', () => {
  it('says name, role, country, standing on the date, who lists it and how many links it has', () => {
    expect(entityAnnouncement(index, 'hk', '2023-10-01', 2)).toBe(
      'Sky Link. distributor (company), Hong Kong (China). Sanctioned as of 2023-10-01. ' +
        'Listed by US BIS (Entity List, 2023-09-25). 2 links.',
    );
  });

  it('says "not yet listed" before the listing, and counts the links filters leave', () => {
    expect(entityAnnouncement(index, 'hk', '2023-01-01', 1)).toBe(
      'Sky Link. distributor (company), Hong Kong (China). Not yet listed as of 2023-01-01. 1 link shown of 2.',
    );
  });

  it('reads an entity never listed and without links, and refuses an unknown id', () => {
    expect(entityAnnouncement(index, 'cn', '2023-10-01', 0)).toBe(
      'Lone. supplier (company), China. Not listed as of 2023-10-01. 0 links.',
    );
    expect(() => entityAnnouncement(index, 'nobody', null, 0)).toThrow(/entityAnnouncement: no entity nobody/);
  });
});

describe('linkAnnouncement', () => {
  it('gives its place in the walk, its ends and kind, evidence grade and source', () => {
    expect(linkAnnouncement(index, 'l1', { position: 1, of: 2 })).toBe(
      'Link 1 of 2: Sky Link supplies Orion. Official finding. Source: Entity List additions (US BIS, 2023-09-25).',
    );
  });

  it('lists several sources, and works without a place', () => {
    expect(linkAnnouncement(index, 'l2')).toBe(
      'Orion pays Sky Link. Reported. ' +
        'Sources: Entity List additions (US BIS, 2023-09-25); Trade records (A newspaper).',
    );
    expect(() => linkAnnouncement(index, 'nope')).toThrow(/no link nope/);
  });
});

describe('linkCountText', () => {
  it.each([
    [1, 1, '1 link'],
    [3, 3, '3 links'],
    [1, 4, '1 link shown of 4'],
  ])('%i of %i reads %s', (shown, total, expected) => {
    expect(linkCountText(shown, total)).toBe(expected);
  });
});

describe('WALK_MESSAGES', () => {
  it('says where the walk stops and what a key did', () => {
    expect(WALK_MESSAGES.noneThatWay('left')).toBe('Nothing further left.');
    expect(WALK_MESSAGES.noLinks('Lone')).toBe('Lone has no links shown.');
    expect(WALK_MESSAGES.wholeNetwork(1)).toBe('Whole network shown: 1 entity.');
    expect(WALK_MESSAGES.wholeNetwork(72)).toBe('Whole network shown: 72 entities.');
    expect(WALK_MESSAGES.selected('Orion', true)).toBe('Orion selected. Its details are open.');
    expect(WALK_MESSAGES.selected('Orion', false)).toBe('Orion selected.');
  });
});
