import { sourceCitation } from '../graph/describe';
import { roundStory, type RoundStory } from '../graph/roundStory';
import { listingSince } from '../model/datasetIndex';
import { roundLabel } from '../model/rounds';
import type { AppState } from './appState';
import { memoizeLast } from './memoizeLast';
import { selectEffectiveAsOf, selectNetworkView } from './selectors';

/** Entities whose listing took effect on `date`: by their round's date, or their own where it differs. */
const newlyListedOn = memoizeLast((index: NonNullable<AppState['index']>, date: string) => {
  return new Set(index.dataset.listings.filter((l) => listingSince(l, index.roundById) === date).map((l) => l.entity));
});

/** While presenting or playing: the entities listed by the rounds of the current `As of` date. */
export const selectNewlyListed = (s: AppState): ReadonlySet<string> | null => {
  const asOf = selectEffectiveAsOf(s);
  return (s.presenting || s.playing) && s.index && asOf ? newlyListedOn(s.index, asOf) : null;
};

const storyOf = memoizeLast(roundStory);
/**
 * In Present, the story of the round on screen: its entities, their partners and the links between.
 * The camera frames it (see PresentFramer) and the rest is drawn quietly; null outside Present, or on
 * a step that lists nothing on screen.
 */
export const selectRoundStory = (s: AppState): RoundStory | null => {
  const listed = s.presenting ? selectNewlyListed(s) : null;
  const view = selectNetworkView(s);
  return listed && view && s.index ? storyOf(s.index, view, listed) : null;
};

export interface RoundCaption {
  date: string;
  rounds: Array<{ label: string; listed: number; source: string | null }>;
}

const captionOf = memoizeLast((index: NonNullable<AppState['index']>, date: string): RoundCaption => ({
  date,
  rounds: index.roundsByDate
    .filter((r) => r.date === date)
    .map((round) => {
      const source = index.dataset.sources.find((s) => s.id === round.sources[0]);
      return {
        label: roundLabel(round),
        listed: index.dataset.listings.filter((l) => l.round === round.id).length,
        source: source ? sourceCitation(source) : null,
      };
    }),
}));

/** The caption for the current `As of` date: the rounds of that day, what they listed, their first source. */
export const selectRoundCaption = (s: AppState): RoundCaption | null => {
  const asOf = selectEffectiveAsOf(s);
  return s.index && asOf ? captionOf(s.index, asOf) : null;
};
