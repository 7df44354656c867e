import type { z } from 'zod';
import type {
  CONFIDENCES,
  Dataset as DatasetSchema,
  Entity as EntitySchema,
  ENTITY_KINDS,
  LINK_KINDS,
  Link as LinkSchema,
  Listing as ListingSchema,
  ROLES,
  Round as RoundSchema,
  Source as SourceSchema,
} from './schema';

export type Dataset = z.infer<typeof DatasetSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Round = z.infer<typeof RoundSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type Listing = z.infer<typeof ListingSchema>;
export type Link = z.infer<typeof LinkSchema>;
export type EntityKind = (typeof ENTITY_KINDS)[number];
export type Role = (typeof ROLES)[number];
export type LinkKind = (typeof LINK_KINDS)[number];
export type Confidence = (typeof CONFIDENCES)[number];
