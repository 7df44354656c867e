import { dayBefore } from '../analysis/calendar';
import { openChannels, type OpenChannel, type OpenChannelsResult } from '../analysis/openChannels';
import type { NetworkView } from '../filter/filterNetwork';
import type { AppState } from './appState';
import { memoizeLast } from './memoizeLast';
import { selectEffectiveAsOf, selectNetworkView } from './selectors';

/** The day Open channels reads: the As of date, or the day before it (the eve of that round). */
export const selectChannelsAsOf = (s: AppState): string | null => {
  const asOf = selectEffectiveAsOf(s);
  return asOf && s.tools.channels.dayBefore ? dayBefore(asOf) : asOf;
};

const channelsOf = memoizeLast(
  (index: NonNullable<AppState['index']>, view: NetworkView, asOf: string | null, authority: string | null) =>
    openChannels(index, asOf, authority, {
      allowed: (id) => view.shownEntities.has(id) || view.contextEntities.has(id),
    }),
);

/** The open routes among what the view shows, or null when Open channels is off. */
export const selectOpenChannels = (s: AppState): OpenChannelsResult | null => {
  const view = selectNetworkView(s);
  if (!s.tools.channels.on || !s.index || !view) return null;
  return channelsOf(s.index, view, selectChannelsAsOf(s), s.tools.channels.authority);
};

const pickedOf = memoizeLast((result: OpenChannelsResult, route: string | null): OpenChannel[] => {
  const chosen = result.channels.find((channel) => channel.id === route);
  return chosen ? [chosen] : result.channels;
});
/** The routes picked out on the graph: the chosen one when it is among the answers, else all of them. */
export const selectHighlightedChannels = (s: AppState): OpenChannel[] | null => {
  const result = selectOpenChannels(s);
  return result ? pickedOf(result, s.tools.channels.route) : null;
};
