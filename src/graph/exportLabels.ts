import { planLabels, type LabelCandidate, type LabelPlan, type LabelPlanOptions } from './labelPlan';

/** The smallest drawn name in an exported picture, in the picture's own pixels (at 1x): 12 px. */
export const EXPORT_MIN_LABEL_PX = 12;
/**
 * How many times larger than the screen an exported picture's graph may be drawn, tried in order. A
 * larger picture has more pixels per model unit, so 12 px names take less room around their nodes;
 * 2.5 times a 1100 px canvas is still a picture a document can take (and 4x PNG stays within browsers'
 * canvas limits).
 */
export const EXPORT_ENLARGEMENTS: readonly number[] = [1, 1.25, 1.5, 2, 2.5];

export interface ExportLabelPlan extends LabelPlan {
  /** How many times larger than the screen the picture's graph is drawn. */
  enlarge: number;
}

/**
 * Which names an exported picture draws, and how large: the screen's planner, run for the picture. Every
 * name is at least 12 px in the picture (or the screen's own minimum, if larger) and none overlap; names
 * with no room are left out. The picture shows the screen's view, enlarged by the first factor at which
 * every required name (the selection, a path, and the story's: end-users and the round's entities) has
 * room; if none gives them all room, the one that crowds the fewest. `candidates` and `options` are the
 * screen's, in its rendered pixels.
 */
export function planExportLabels(candidates: readonly LabelCandidate[], options: LabelPlanOptions): ExportLabelPlan {
  const minFontPx = Math.max(EXPORT_MIN_LABEL_PX, options.minFontPx);
  let best: ExportLabelPlan | null = null;
  for (const enlarge of EXPORT_ENLARGEMENTS) {
    const plan = planLabels(
      candidates.map((c) => ({ ...c, x: c.x * enlarge, y: c.y * enlarge, nodeHeight: c.nodeHeight * enlarge })),
      {
        ...options,
        minFontPx,
        zoom: options.zoom * enlarge,
        viewport: { width: options.viewport.width * enlarge, height: options.viewport.height * enlarge },
      },
    );
    if (!best || plan.crowded.length < best.crowded.length) best = { ...plan, enlarge };
    // At the base font size the picture is the screen's drawing scaled up: larger gives no more room.
    if (plan.crowded.length === 0 || plan.fontSize === options.baseFontSize) break;
  }
  return best!;
}
