// A small dataset with what every writer must escape or neutralise: markup and quotes in names, a
// formula-looking name, a line break in notes, an ampersand in a URL, and an entity left out of views.
import { makeDataset, makeEntity, makeLink, makeListing, makeRound, makeSource } from './factories';

export const awkwardDataset = makeDataset({
  sources: [makeSource({ id: 'src-1', title: 'RUSI <report>', url: 'https://rusi.org/x?a=1&b=2' })],
  rounds: [makeRound({ id: 'bis', citation: 'FR Doc. 2023-21080' })],
  entities: [
    makeEntity({
      id: 'apl',
      name: 'Asia Pacific Links & Co "Ltd"',
      aliases: ['APL'],
      country: 'HK',
      city: 'Hong Kong',
      notes: 'Line one\nline two',
    }),
    makeEntity({ id: 'smt', name: '=HYPERLINK("x")', kind: 'person', role: 'owner' }),
    makeEntity({ id: 'gone', name: 'Not in view' }),
  ],
  listings: [makeListing({ entity: 'apl', round: 'bis', reason: 'Scheme to supply STC' })],
  links: [
    makeLink({
      id: 'apl-smt',
      source: 'apl',
      target: 'smt',
      items: ['GNSS modules', 'cellular modules'],
      period: { from: '2019' },
    }),
    makeLink({ id: 'owns', source: 'smt', target: 'apl', kind: 'owns' }),
  ],
});
