import { chooseRenderer } from '../graph/rendererChoice';
import type { AppState } from './appState';
import { memoizeLast } from './memoizeLast';

const choiceOf = memoizeLast(chooseRenderer);

/** The renderer in force and why: the user's preference on this browser's GPU. */
export const selectRendererChoice = (s: AppState) => choiceOf(s.rendererPreference, s.gpu);
