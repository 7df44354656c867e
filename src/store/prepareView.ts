import { nextTask } from '../tasks/nextTask';
import type { AppState } from './appState';
import { selectNetworkView } from './selectors';
import { selectViewClasses } from './viewClassSelectors';

/** From this many entities the view is worked out ahead of the render that draws it. */
export const PREPARE_VIEW_FROM = 1000;

/**
 * Works out what the filters show and the classes everything is drawn with, each in a task of its own,
 * so the render that first draws a large network finds both in the selectors' memo. On 20,000 entities
 * they were ~90 ms of that render's single ~300 ms task.
 */
export async function prepareView(getState: () => AppState): Promise<void> {
  if ((getState().index?.dataset.entities.length ?? 0) < PREPARE_VIEW_FROM) return;
  await nextTask();
  selectNetworkView(getState());
  await nextTask();
  selectViewClasses(getState());
}
