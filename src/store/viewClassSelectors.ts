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

const legendInputsOf = memoizeLast((index: AppState['index'], classes: ReturnType<typeof selectViewClasses>) => ({
  index,
  classes,
}));
/**
 * What the legend is worked out from, as one object that changes when either does, so a component can
 * defer the work (React's useDeferredValue) as a pair that always belongs together.
 */
export const selectLegendInputs = (s: AppState) => legendInputsOf(s.index, selectViewClasses(s));

/** The legend entries for a pair from selectLegendInputs (the same memo as selectLegendInUse). */
export const legendFor = ({ index, classes }: ReturnType<typeof selectLegendInputs>) =>
  index && classes ? legendOf(index, classes) : null;
