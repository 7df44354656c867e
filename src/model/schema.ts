import { z } from 'zod';
import { UNKNOWN_COUNTRY, isKnownCountry } from './countries';

/**
 * The Supply Lines dataset format, version 1. This zod schema is the single source of truth: the
 * TypeScript types are inferred from it and the published JSON Schema (data/supply-lines.schema.json)
 * is generated from it by `npm run schema`.
 */
export const FORMAT_NAME = 'supply-lines';
export const FORMAT_VERSION = 1;

const isoDatePattern = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
/** A calendar date, as precise as the source: `2023-09-25`, `2016-12` or `2008`. */
export const IsoDate = z
  .string()
  .regex(isoDatePattern, 'must be a date written YYYY-MM-DD, YYYY-MM or YYYY')
  .refine(isRealDate, 'is not a day of the calendar');

function isRealDate(value: string): boolean {
  if (value.length < 10) return true;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
}

const Id = z
  .string()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'may hold only letters, digits and . _ : - (no spaces)');
const Text = z.string().trim().min(1, 'must not be empty');
const SourceRefs = z.array(Id).min(1, 'must cite at least one source');
/** Present when a fact is not confirmed by a source or is an inference; the text gives the reasoning. */
const Uncertainty = Text.optional().describe('Why this fact is uncertain. Absent means sourced.');

export const Source = z.strictObject({
  id: Id,
  title: Text,
  publisher: Text,
  date: IsoDate.optional(),
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  notes: Text.optional(),
});


export const Round = z.strictObject({
  id: Id,
  authority: Text.describe('Who acted, short form: "US BIS", "US OFAC", "US State", "EU", "UK".'),
  list: Text.describe('The list or programme: "Entity List", "SDN List (E.O. 14024)".'),
  date: IsoDate.describe('The date the action was announced or took effect; `As of` steps through these.'),
  published: IsoDate.optional().describe('Publication date, e.g. in the Federal Register.'),
  effective: IsoDate.optional(),
  citation: Text.optional().describe('Federal Register document, press release number or similar.'),
  title: Text.optional(),
  summary: Text.optional().describe('Counts as published, e.g. "28 entities: China 11, Russia 5, ...".'),
  listedCount: z.number().int().nonnegative().optional().describe('How many entities the round listed.'),
  notes: Text.optional(),
  uncertain: Uncertainty,
  sources: SourceRefs,
});

export const ENTITY_KINDS = ['company', 'person', 'agency', 'organisation'] as const;
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

const CountryCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isKnownCountry, 'is not an ISO 3166-1 alpha-2 country code (e.g. "RU", "CN", "HK")');

export const Entity = z.strictObject({
  id: Id,
  name: Text,
  aliases: z.array(Text).default([]),
  kind: z.enum(ENTITY_KINDS),
  role: z.enum(ROLES),
  country: CountryCode.default(UNKNOWN_COUNTRY).describe(
    'ISO 3166-1 alpha-2 code: "RU", "CN", "HK". Hong Kong is filed under China. Absent or "ZZ": unknown.',
  ),
  city: Text.optional(),
  notes: Text.optional(),
  uncertain: Uncertainty,
  sources: SourceRefs,
});

export const Listing = z.strictObject({
  entity: Id,
  round: Id,
  reason: Text.optional(),
  notes: Text.optional(),
  uncertain: Uncertainty,
  sources: SourceRefs,
});

export const LINK_KINDS = [
  'supplies',
  'ships',
  'pays',
  'owns',
  'employs',
  'procures-for',
  'produces-for',
  // Family, associates, memberships and other relations that imported data holds (FollowTheMoney).
  'associated-with',
] as const;
export const CONFIDENCES = ['official', 'reported', 'inferred'] as const;

export const Period = z.strictObject({ from: IsoDate.optional(), to: IsoDate.optional() });

export const Link = z.strictObject({
  id: Id,
  source: Id.describe('The supplier, payer, shipper, owner or employer.'),
  target: Id.describe('The customer, payee, owned company or employee.'),
  kind: z.enum(LINK_KINDS),
  items: z.array(Text).default([]),
  period: Period.optional(),
  confidence: z.enum(CONFIDENCES),
  notes: Text.optional(),
  uncertain: Uncertainty,
  sources: SourceRefs,
});

/** The view a dataset opens with when the address names none: what a presenter would start with. */
export const OpeningView = z.strictObject({
  asOf: IsoDate.optional().describe('The `As of` date to open on; absent means the latest round.'),
  countries: z.array(CountryCode).optional().describe('Filing-country codes to show (Hong Kong is CN); absent means all.'),
  rounds: z.array(Id).optional().describe('Round ids to show only; absent means all.'),
  hideNotYetListed: z.boolean().optional(),
});

export const Dataset = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal(FORMAT_NAME),
  version: z.literal(FORMAT_VERSION),
  title: Text,
  description: Text.optional(),
  view: OpeningView.optional(),
  sources: z.array(Source),
  rounds: z.array(Round),
  entities: z.array(Entity),
  listings: z.array(Listing),
  links: z.array(Link),
});
