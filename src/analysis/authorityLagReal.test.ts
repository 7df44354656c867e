import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFtm } from '../formats/ftm/read';
import { indexDataset } from '../model/datasetIndex';
import { authoritiesInDataset } from './authorities';
import { authorityLags, lagText } from './authorityLag';
import { daysBetween } from './calendar';

// A real OpenSanctions file (src/test/fixtures/real/README.md): the Zala Aero / LLC CST network, whose two
// sanctioned companies are listed by some twenty authorities, a few of them on no known date.
const text = readFileSync(new URL('../test/fixtures/real/yente-zala.entities.ftm.json', import.meta.url), 'utf8');
type FtmRecord = { id: string; schema: string; properties: Record<string, string[] | undefined> };
const records: FtmRecord[] = text
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line));
const index = indexDataset(parseFtm(text, 'entities.ftm.json').dataset);

/** The earliest of a property's dates, as a day. */
const earliest = (values: string[] | undefined) =>
  values && values.length > 0 ? [...values].sort()[0]!.slice(0, 10) : undefined;

/** What the file says, read without the importer: per entity, each authority's earliest sanction date (null: none dated). */
function expectedFirstDates(): Map<string, Map<string, string | null>> {
  const byEntity = new Map<string, Map<string, string | null>>();
  for (const record of records.filter((r) => r.schema === 'Sanction')) {
    const { entity, authority, startDate, listingDate, date } = record.properties;
    const when = earliest(startDate) ?? earliest(listingDate) ?? earliest(date) ?? null;
    const byAuthority = byEntity.get(entity![0]!) ?? new Map<string, string | null>();
    const known = byAuthority.get(authority![0]!);
    byAuthority.set(
      authority![0]!,
      known === undefined ? when : when === null ? known : known === null || when < known ? when : known,
    );
    byEntity.set(entity![0]!, byAuthority);
  }
  return byEntity;
}

describe('authority lag on a real OpenSanctions file', () => {
  const expected = expectedFirstDates();
  const authorities = authoritiesInDataset(index);

  it('has entities listed by many authorities, some on no known date', () => {
    expect(expected.size).toBe(2);
    for (const byAuthority of expected.values()) {
      expect(byAuthority.size).toBeGreaterThan(10);
      expect([...byAuthority.values()]).toContain(null);
    }
  });

  it.each([...expected.keys()])(
    'gives %s one line per authority: first date and days behind the first, "date unknown" or "not listed"',
    (entityId) => {
      const byAuthority = expected.get(entityId)!;
      const first = [...byAuthority.values()].filter((d): d is string => d !== null).sort()[0]!;
      const lines = Object.fromEntries(
        authorityLags(index, entityId).map((lag) => [
          lag.authority,
          lag.state === 'listed' ? `${lag.firstDate} ${lagText(lag)}` : lagText(lag),
        ]),
      );
      expect(Object.keys(lines).sort()).toEqual(authorities);
      for (const authority of authorities) {
        const date = byAuthority.get(authority);
        const line =
          date === undefined
            ? 'not listed'
            : date === null
              ? 'date unknown'
              : `${date} +${daysBetween(first, date)} day${daysBetween(first, date) === 1 ? '' : 's'}`;
        expect(lines[authority], authority).toBe(line);
      }
    },
  );
});
