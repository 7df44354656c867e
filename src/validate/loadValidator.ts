import { loadPart } from '../lazy/loadPart';

/**
 * The validator, loaded on first use: with it come zod and the schema, which the first script does
 * without (the built-in dataset is validated when the app is built). Every dataset a user opens
 * (an import, a stored dataset, `?data=`, a briefing's) still passes it before it is shown.
 */
export const loadValidator = () => loadPart('dataset validator', () => import('./validateDataset'));
