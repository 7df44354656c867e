import type { GraphClass } from './graphClasses';

/** How much a node's name matters when names compete for room; see planLabels. */
export interface LabelRank {
  priority: number;
  /** Drawn whatever the room. */
  required: boolean;
}

/** The keyboard walk's focus ring (see KeyboardWalk): its entity's name is always drawn. */
export const KEYBOARD_FOCUS = 'keyboard-focus' satisfies GraphClass;

// Higher wins. The selection, the keyboard's focus and a found path always show; then what the view is about.
const CLASS_PRIORITY: ReadonlyArray<[GraphClass, number]> = [
  [KEYBOARD_FOCUS, 100],
  ['selected', 100],
  ['on-path', 90],
  ['newly-listed', 80],
  ['exposed', 70],
  ['sanctioned', 50],
  ['date-unknown', 50],
  ['delisted', 40],
  ['not-yet-listed', 40],
];
const END_USER = 65;
const DIMMED = -25;
/** Outside the round's story in Present: its names give way to the story's. */
const QUIET = -15;

/**
 * A node's rank from the classes it is drawn with (the view's, see viewClasses), whether it is an
 * end-user and how many links it has. Presenting, the names that carry the story are required too:
 * end-users and the round being shown.
 */
export function labelRank(
  classes: readonly GraphClass[],
  endUser: boolean,
  degree: number,
  presenting: boolean,
): LabelRank {
  let priority = Math.min(degree, 20) / 2;
  for (const [name, value] of CLASS_PRIORITY)
    if (classes.includes(name)) priority = Math.max(priority, value + Math.min(degree, 20) / 2);
  if (endUser) priority = Math.max(priority, END_USER + Math.min(degree, 20) / 2);
  if (classes.includes('dimmed')) priority += DIMMED;
  if (classes.includes('quiet')) priority += QUIET;
  const required =
    classes.includes('selected') ||
    classes.includes(KEYBOARD_FOCUS) ||
    classes.includes('on-path') ||
    (presenting && (endUser || classes.includes('newly-listed')));
  return { priority, required };
}
