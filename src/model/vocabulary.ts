/**
 * The format's closed vocabularies, as plain lists: the schema (model/schema.ts) builds its enums from
 * them, and the explorer (graph classes, legend) reads them without loading the schema and zod.
 */

/** `programme`: a state programme (e.g. Iran's UAV programme) that links can point at. */
export const ENTITY_KINDS = ['company', 'person', 'agency', 'organisation', 'programme', 'vessel', 'aircraft'] as const;

export const ROLES = [
  'end-user',
  'manufacturer',
  'supplier',
  'distributor',
  'logistics',
  'finance',
  'research',
  'owner',
  'executive',
  'employee',
  'other',
] as const;

/** What a country means for an entity: where it is registered, has an address, or (for people) its nationality. */
export const COUNTRY_MEANINGS = [
  'registration',
  'address',
  'nationality',
  'citizenship',
  'operations',
  'other',
] as const;

export const LISTING_END_STATUSES = ['delisted', 'expired', 'replaced', 'suspended'] as const;

export const LINK_KINDS = [
  'supplies',
  'ships',
  'pays',
  'procures-for',
  'produces-for',
  'owns',
  'controls',
  'part-of',
  'directs',
  'employs',
  'member-of',
  'represents',
  'family',
  'associated-with',
] as const;

export const CONFIDENCES = ['official', 'reported', 'inferred'] as const;
