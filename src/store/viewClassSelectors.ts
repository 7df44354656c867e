import { legendInUse } from '../graph/legendInUse';
import { viewClasses } from '../graph/viewClasses';
import type { AppState } from './appState';
import { memoizeLast } from './memoizeLast';
import { selectNewlyListed, selectRoundStory } from './presentationSelectors';
import { selectNetworkView } from './selectors';
import { selectHighlight } from './toolSelectors';

const classesOf = memoizeLast(viewClasses);
/** The classes every element is drawn with; worked out once per change, for the graph and the legend. */
export const selectViewClasses = (s: AppState) => {
  const view = selectNetworkView(s);
  return s.index && view
    ? classesOf(
        s.index,
        view,
        s.filters,
        s.selection?.id ?? null,
        selectHighlight(s),
        selectNewlyListed(s),
        selectRoundStory(s),
      )
    : null;
};

const legendOf = memoizeLast(legendInUse);
/** The legend entries for what the graph draws now. */
export const selectLegendInUse = (s: AppState) => {
  const classes = selectViewClasses(s);
  return s.index && classes ? legendOf(s.index, classes) : null;
};
