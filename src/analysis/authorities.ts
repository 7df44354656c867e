import { listingsInForce } from './sanctionStatus';
import type { DatasetIndex } from '../model/datasetIndex';

/** Every authority that has a round in the dataset, in alphabetical order. */
export function authoritiesInDataset(index: DatasetIndex): string[] {
  return [...new Set(index.dataset.rounds.map((r) => r.authority))].sort();
}

/** The authorities whose listings of an entity are in force on `asOf`, alphabetical. */
export function authoritiesListing(index: DatasetIndex, entityId: string, asOf: string | null): string[] {
  return [
    ...new Set(listingsInForce(index, entityId, asOf).map((l) => index.roundById.get(l.round)!.authority)),
  ].sort();
}
