import type { ExportMeta } from '../export/composeSvg';
import { legendItems } from '../graph/legendItems';
import type { AppState } from './appState';
import { selectEffectiveAsOf, selectStatusText } from './selectors';
import { selectLegendInUse } from './viewClassSelectors';

const PUBLISHERS_SHOWN = 6;

/** Title, subtitle (date and counts), source line and legend for an exported image of the current view; images are light. */
export function selectExportMeta(s: AppState): ExportMeta {
  const dataset = s.index?.dataset;
  const publishers = [...new Set(dataset?.sources.map((source) => source.publisher) ?? [])];
  const shown = publishers.slice(0, PUBLISHERS_SHOWN).join('; ');
  const more = publishers.length > PUBLISHERS_SHOWN ? `; and ${publishers.length - PUBLISHERS_SHOWN} more` : '';
  return {
    title: dataset?.title ?? 'Supply Lines',
    subtitle: selectStatusText(s) ?? `As of ${selectEffectiveAsOf(s) ?? 'the latest round'}`,
    sourceLine: `Sources: ${shown}${more} (${dataset?.sources.length ?? 0} cited in the data). Made with Supply Lines.`,
    legend: legendItems(selectLegendInUse(s), 'light'),
  };
}
