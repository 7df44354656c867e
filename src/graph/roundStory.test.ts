import { describe, expect, it } from 'vitest';
import type { NetworkView } from '../filter/filterNetwork';
import { indexDataset } from '../model/datasetIndex';
import { makeDataset, makeEntity, makeLink } from '../test/factories';
import { roundStory } from './roundStory';

// new → partner → far; new ← payer; hidden-partner is filtered out.
const index = indexDataset(
  makeDataset({
    entities: ['new', 'partner', 'far', 'payer', 'hidden-partner'].map((id) => makeEntity({ id })),
    links: [
      makeLink({ id: 'new-partner', source: 'new', target: 'partner' }),
      makeLink({ id: 'partner-far', source: 'partner', target: 'far' }),
      makeLink({ id: 'payer-new', source: 'payer', target: 'new', kind: 'pays' }),
      makeLink({ id: 'new-hidden', source: 'new', target: 'hidden-partner' }),
    ],
  }),
);
const view = (hidden: string[] = []): NetworkView => {
  const shown = (ids: string[]) => new Set(ids.filter((id) => !hidden.includes(id)));
  return {
    shownEntities: shown(['new', 'partner', 'far', 'hidden-partner']),
    contextEntities: shown(['payer']),
    shownLinks: shown(['new-partner', 'partner-far', 'new-hidden']),
    contextLinks: shown(['payer-new']),
    sanctionedCount: 0,
    undatedCount: 0,
  };
};
const sorted = (set: ReadonlySet<string>) => [...set].sort();

describe('roundStory', () => {
  it("frames the round's entities with their direct partners (context ones too), not partners of partners", () => {
    const story = roundStory(index, view(['hidden-partner', 'new-hidden']), new Set(['new']))!;
    expect(sorted(story.listed)).toEqual(['new']);
    expect(sorted(story.entities)).toEqual(['new', 'partner', 'payer']);
    expect(sorted(story.links)).toEqual(['new-partner', 'payer-new']);
  });

  it('leaves out a partner the filters hide, even when the link to it counts as context', () => {
    const leaky = { ...view(['hidden-partner']), contextLinks: new Set(['payer-new', 'new-hidden']) };
    expect(sorted(roundStory(index, leaky, new Set(['new']))!.entities)).toEqual(['new', 'partner', 'payer']);
  });

  it('leaves out listed entities the filters hide, and is null when none is on screen', () => {
    expect(sorted(roundStory(index, view(['far']), new Set(['new', 'far']))!.listed)).toEqual(['new']);
    expect(roundStory(index, view(['new']), new Set(['new']))).toBeNull();
    expect(roundStory(index, view(), new Set())).toBeNull();
  });
});
