// First: how zod builds its parsers must be set before any schema is built.
import './zodConfig';
import { z } from 'zod';
import { UNKNOWN_COUNTRY, isKnownCountry } from './countries';
import { FORMAT_NAME, FORMAT_VERSION } from './format';
import { CONFIDENCES, COUNTRY_MEANINGS, ENTITY_KINDS, LINK_KINDS, LISTING_END_STATUSES, ROLES } from './vocabulary';
import { ISO_DATE_PATTERN, isRealDate } from './isoDate';

export { CONFIDENCES, COUNTRY_MEANINGS, ENTITY_KINDS, LINK_KINDS, LISTING_END_STATUSES, ROLES };

/**
 * The Supply Lines dataset format, version 2. This zod schema is the single source of truth: the
 * TypeScript types are inferred from it and the published JSON Schema (data/supply-lines.schema.json)
 * is generated from it by `npm run schema`. Files of older versions are migrated on load
 * (`migrateDataset`); version 1's schema stays published as data/supply-lines.v1.schema.json.
 */
export { FORMAT_NAME, FORMAT_VERSION };

/** A calendar date, as precise as the source: `2023-09-25`, `2016-12` or `2008`. */
export const IsoDate = z
  .string()
  .regex(ISO_DATE_PATTERN, 'must be a date written YYYY-MM-DD, YYYY-MM or YYYY')
  .refine(isRealDate, 'is not a day of the calendar');

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

const Count = z.number().int().nonnegative();
/** How big a round was, as its source states it: "28 entries, 32 entities" is `{ entries: 28, entities: 32 }`. */
export const RoundSize = z.strictObject({
  entries: Count.optional().describe('Entries (lines) of the list or rule, as the source counts them.'),
  entities: Count.optional().describe('Parties listed (organisations and people together), as the source counts them.'),
  individuals: Count.optional().describe('How many of them are people, where the source says.'),
});

export const Round = z.strictObject({
  id: Id,
  authority: Text.describe('Who acted, short form: "US BIS", "US OFAC", "US State", "EU", "UK".'),
  list: Text.describe('The list or programme: "Entity List", "SDN List (E.O. 14024)".'),
  programme: Text.optional().describe(
    'The sanctions programme, as the list names it: "RUSSIA-EO14024", "IRAN-EO13382".',
  ),
  date: IsoDate.optional().describe(
    'The date the action was announced or took effect; `As of` steps through these. Absent: the date is not known ' +
      '(a list read today whose entries carry no date); its listings count as listed, "date unknown".',
  ),
  published: IsoDate.optional().describe('Publication date, e.g. in the Federal Register.'),
  effective: IsoDate.optional(),
  citation: Text.optional().describe('Federal Register document, press release number or similar.'),
  title: Text.optional(),
  summary: Text.optional().describe('Counts as published, e.g. "28 entities: China 11, Russia 5, ...".'),
  size: RoundSize.optional().describe("The round's size as its sources state it."),
  notes: Text.optional(),
  uncertain: Uncertainty,
  sources: SourceRefs,
});

const CountryCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isKnownCountry, 'is not an ISO 3166-1 alpha-2 country code (e.g. "RU", "CN", "HK")');

export const EntityCountry = z.strictObject({
  code: CountryCode,
  as: z.enum(COUNTRY_MEANINGS),
});
export const Address = z.strictObject({
  text: Text.describe('The address as the source writes it.'),
  city: Text.optional(),
  country: CountryCode.optional(),
});
export const Identifier = z.strictObject({
  type: Text.describe('What the number is: "Registration ID", "Passport", "INN", "IMO".'),
  value: Text,
  country: CountryCode.optional(),
});

export const Entity = z.strictObject({
  id: Id,
  name: Text.describe("The display name: the caption of a FollowTheMoney entity, the list's own spelling."),
  aliases: z.array(Text).default([]),
  kind: z.enum(ENTITY_KINDS),
  role: z.enum(ROLES),
  country: CountryCode.default(UNKNOWN_COUNTRY).describe(
    'The main country, the one the entity is counted and coloured under: ISO 3166-1 alpha-2 code: "RU", "CN", "HK". ' +
      'Hong Kong is filed under China. Absent or "ZZ": unknown.',
  ),
  countries: z
    .array(EntityCountry)
    .optional()
    .describe('Every country the sources give, with what it means; the country filter matches any of them.'),
  city: Text.optional(),
  addresses: z.array(Address).optional(),
  identifiers: z.array(Identifier).optional(),
  notes: Text.optional(),
  uncertain: Uncertainty,
  sources: SourceRefs,
});

/** A listing that no longer holds: when, how and on whose word. */
export const ListingEnd = z.strictObject({
  status: z.enum(LISTING_END_STATUSES),
  date: IsoDate.optional().describe('The day it ended; absent when the source says it ended but not when.'),
  reason: Text.optional(),
  sources: z.array(Id).optional().describe('The sources for the end, when not those of the listing.'),
});

export const Listing = z.strictObject({
  entity: Id,
  round: Id,
  date: IsoDate.optional().describe(
    "When this entity's listing took effect, where it differs from the round's date or the round has none.",
  ),
  listedOn: IsoDate.optional().describe(
    'When it was published on the list, where the source gives it apart from when it took effect.',
  ),
  programme: Text.optional().describe(
    'The programme(s) this listing is under, where they differ by entry: "RUSSIA-EO14024".',
  ),
  citation: Text.optional().describe('This entry\'s own citation: "88 FR 66271", an OFAC or UN id.'),
  end: ListingEnd.optional(),
  reason: Text.optional(),
  notes: Text.optional(),
  uncertain: Uncertainty,
  sources: SourceRefs,
});

/** A short passage of a source, word for word, that states a fact. */
export const Quote = z.strictObject({
  source: Id.describe("The source quoted; it must be one of the record's sources."),
  text: Text.max(600, 'must be a short passage (at most 600 characters)'),
});

export const Period = z.strictObject({ from: IsoDate.optional(), to: IsoDate.optional() });

export const Link = z.strictObject({
  id: Id,
  source: Id.describe('The supplier, payer, shipper, owner, controller, part, director, employer or member.'),
  target: Id.describe('The customer, payee, owned or controlled company, whole, organisation, employee or programme.'),
  kind: z.enum(LINK_KINDS),
  items: z.array(Text).default([]),
  share: z.number().min(0).max(100).optional().describe('For ownership: the share held, in percent (51 = 51%).'),
  role: Text.optional().describe('The role in the relation: "director", "beneficial owner", "brother".'),
  period: Period.optional().describe('When the relation held: `from` (start date) and `to` (end date).'),
  confidence: z.enum(CONFIDENCES),
  quotes: z
    .array(Quote)
    .optional()
    .describe('The passages of the sources that state the link, so anyone can check it without opening them.'),
  notes: Text.optional(),
  uncertain: Uncertainty,
  sources: SourceRefs,
});

/** The view a dataset opens with when the address names none: what a presenter would start with. */
export const OpeningView = z.strictObject({
  asOf: IsoDate.optional().describe('The `As of` date to open on; absent means the latest round.'),
  countries: z
    .array(CountryCode)
    .optional()
    .describe('Filing-country codes to show (Hong Kong is CN); absent means all.'),
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
