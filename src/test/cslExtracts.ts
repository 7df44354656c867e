// Reading the real Consolidated Screening List extracts kept as fixtures, and checking what a row became.
import { readFileSync, readdirSync } from 'node:fs';
import Papa from 'papaparse';
import { expect } from 'vitest';
import type { Loose } from '../model/loose';
import type { Dataset } from '../model/types';

/** Real extracts of the Consolidated Screening List; their origin is in src/test/fixtures/real/README.md. */
const DIR = new URL('./fixtures/real/csl/', import.meta.url);
export const read = (name: string) => readFileSync(new URL(name, DIR), 'utf8');
export const csvRows = (text: string) => Papa.parse<Loose>(text, { header: true, skipEmptyLines: true }).data;
export const jsonResults = () =>
  readdirSync(new URL('ita-webservices/', DIR))
    .sort()
    .flatMap((f) => JSON.parse(read(`ita-webservices/${f}`)) as Loose[]);

export const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const items = (v: unknown) =>
  (Array.isArray(v) ? v.map(String) : text(v) ? text(v).split(/;\s*(?:and\s+)?/) : [])
    .map((s) => s.trim())
    .filter(Boolean);
const squeeze = (s: string) => s.replace(/\s+/g, '');
const listOf = (row: Loose) => text(row.source).slice(0, text(row.source).lastIndexOf(' - '));
const nameOf = (row: Loose) => text(row.name).replace(/;\s*and any successor, sub-unit, or subsidiary thereof$/, '');

/**
 * Every part of a row is somewhere in what it became: its entity (by name) has a listing on its list,
 * dated as the row is or undated, with its programmes and Federal Register notice; the entity has its
 * aliases and addresses, and every piece of every id is in the entity or the listing.
 */
export function expectRowKept(dataset: Dataset, row: Loose) {
  // A row with an id of its own is its own entity (three rows of the Entity List name "Qazi Abdallah").
  const rowId = text(row['_id']) || text(row.id);
  const own = text(row.entity_number) ? `ofac-${text(row.entity_number)}` : rowId ? `csl-${rowId}` : undefined;
  const entity = dataset.entities.find((e) => e.name === nameOf(row) && (!own || e.id === own));
  expect(entity, `an entity named ${nameOf(row)}`).toBeDefined();
  const listing = dataset.listings.find(
    (l) =>
      l.entity === entity!.id &&
      dataset.rounds.some(
        (r) => r.id === l.round && r.list === listOf(row) && r.date === (text(row.start_date) || undefined),
      ),
  );
  expect(listing, `${nameOf(row)} listed on ${listOf(row)} ${text(row.start_date) || 'undated'}`).toBeDefined();
  for (const programme of items(row.programs)) expect(listing!.programme?.split('; ')).toContain(programme);
  if (text(row.federal_register_notice))
    expect(squeeze(listing!.citation ?? '')).toContain(squeeze(text(row.federal_register_notice)));
  for (const alias of items(row.alt_names)) expect([entity!.name, ...entity!.aliases]).toContain(alias);
  const addresses = (entity!.addresses ?? []).map((a) => a.text);
  for (const address of Array.isArray(row.addresses)
    ? row.addresses.map((a: Loose) => text(a.address)).filter(Boolean)
    : items(row.addresses)) {
    expect(
      addresses.some((a) => a.includes(address)),
      `address ${address}`,
    ).toBe(true);
  }
  const kept = JSON.stringify([entity, listing]);
  const idParts = Array.isArray(row.ids)
    ? row.ids.flatMap((id: Loose) => [text(id.number), text(id.type)])
    : items(row.ids).flatMap((id) => id.split(/\s*,\s*/));
  // A type keeps its words; the ":" or "-" that closes it in the list is punctuation.
  for (const part of idParts.map((p) => p.replace(/\s*[:-]+$/, '')).filter(Boolean))
    expect(kept, `id part ${part}`).toContain(JSON.stringify(part).slice(1, -1));
}

export const listingsPerList = (dataset: Dataset) => {
  const counts: Record<string, number> = {};
  for (const l of dataset.listings) {
    const list = dataset.rounds.find((r) => r.id === l.round)!.list;
    counts[list] = (counts[list] ?? 0) + 1;
  }
  return counts;
};
export const undatedListings = (dataset: Dataset) =>
  dataset.listings.filter((l) => !dataset.rounds.find((r) => r.id === l.round)!.date).length;
export const entity = (dataset: Dataset, id: string) => ({
  ...dataset.entities.find((e) => e.id === id),
  listings: dataset.listings.filter((l) => l.entity === id),
});
