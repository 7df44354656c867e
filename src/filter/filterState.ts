import type { Direction } from '../analysis/neighbourhood';

/** Focus on one entity's neighbourhood: `hops` links away, following links in `direction`. */
export interface Focus {
  entity: string;
  hops: number;
  direction: Direction;
}

/** What the user has chosen to see. `null` and empty lists mean "no restriction". */
export interface FilterState {
  /** Filing-country codes to show (Hong Kong counts as `CN`); `null` shows every country. */
  countries: readonly string[] | null;
  /** The day sanctions are read on (a round date); `null` means after the latest round. */
  asOf: string | null;
  /** Hide entities whose first listing comes after `asOf`. */
  hideNotYetListed: boolean;
  /** Round ids: show only what these rounds listed, with their direct links as context. */
  rounds: readonly string[];
  /** Show only entities listed by this authority as of `asOf`. */
  listedBy: string | null;
  /** Show only entities not listed by this authority as of `asOf`. */
  notListedBy: string | null;
  /** Show only this neighbourhood. */
  focus: Focus | null;
}

export function initialFilterState(): FilterState {
  return {
    countries: null,
    asOf: null,
    hideNotYetListed: false,
    rounds: [],
    listedBy: null,
    notListedBy: null,
    focus: null,
  };
}
