import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Loose } from '../../model/loose';
import type { Dataset } from '../../model/types';
import { validateDataset } from '../../validate/validateDataset';
import { parseFtm } from './read';
import { parseShare } from './links';

// Real OpenSanctions files (src/test/fixtures/real/README.md says where each comes from).
const fixture = (name: string) => readFileSync(new URL(`../../test/fixtures/real/${name}`, import.meta.url), 'utf8');
const zalaText = fixture('yente-zala.entities.ftm.json');
const zala: Array<
  Loose & { id: string; schema: string; caption?: string; target?: boolean; properties: Record<string, string[]> }
> = zalaText
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line));
const ofSchema = (schema: string) => zala.filter((r) => r.schema === schema);
// The day the tests read the file as of: after the expired Ukrainian listing's end (2024-10-30), before the others' (2033, 2034).
const TODAY = '2026-06-01';
const draft = parseFtm(zalaText, 'entities.ftm.json', () => {}, TODAY);
const { dataset } = draft;
const entity = (id: string) => dataset.entities.find((e) => e.id === id)!;
const earliest = (values: string[] | undefined) => (values ? [...values].sort()[0] : undefined);
const sortedById = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

describe('a real OpenSanctions ownership network (Zala Aero / LLC CST)', () => {
  it('imports as a valid dataset with no problems', () => {
    expect(draft.problems).toEqual([]);
    expect(validateDataset(dataset).ok).toBe(true);
  });

  it('brings every person and company under its caption, and nothing else as an entity', () => {
    const parties = zala.filter((r) => r.schema === 'Person' || r.schema === 'Company');
    expect(parties).toHaveLength(17);
    expect(dataset.entities.map((e) => [e.id, e.name, e.kind])).toEqual(
      parties.map((r) => [r.id, r.caption, r.schema === 'Person' ? 'person' : 'company']),
    );
    // Addresses and the passport are part of their entities, not nodes.
    expect(ofSchema('Address')).toHaveLength(11);
    expect(dataset.entities.some((e) => ofSchema('Address').some((a) => a.id === e.id))).toBe(false);
  });

  it('keeps every sanction as a listing of its own, undated ones undated', () => {
    const sanctions = ofSchema('Sanction');
    expect(sanctions).toHaveLength(41);
    expect(dataset.listings).toHaveLength(41);
    const roundOf = new Map(dataset.rounds.map((r) => [r.id, r]));
    for (const s of sanctions) {
      const date =
        earliest(s.properties.startDate) ?? earliest(s.properties.listingDate) ?? earliest(s.properties.date);
      const list = s.properties.program?.[0] ?? s.properties.programId?.[0] ?? 'Sanctions';
      const listing = dataset.listings.find((l) => {
        const round = roundOf.get(l.round)!;
        return (
          l.entity === s.properties.entity![0] &&
          round.authority === s.properties.authority![0] &&
          round.list === list &&
          round.date === date
        );
      });
      expect(listing, s.id).toBeDefined();
      const own = dataset.listings.filter((l) => l.entity === s.properties.entity![0] && l.round === listing!.round);
      for (const citation of s.properties.authorityId ?? [])
        expect(
          own.some((l) => l.citation?.split('; ').includes(citation)),
          s.id,
        ).toBe(true);
    }
    const undated = sanctions.filter((s) => !s.properties.startDate && !s.properties.listingDate && !s.properties.date);
    expect(undated).toHaveLength(12);
    expect(dataset.listings.filter((l) => !roundOf.get(l.round)!.date && !l.date)).toHaveLength(12);
  });

  it('makes every ownership a link with its share and dates, every directorship and family tie a link with its role', () => {
    const ownerships = ofSchema('Ownership');
    expect(ownerships).toHaveLength(14);
    for (const o of ownerships) {
      const link = dataset.links.find((l) => l.id === o.id)!;
      expect([link.source, link.target, link.kind, link.share, link.period?.from, link.period?.to], o.id).toEqual([
        o.properties.owner![0],
        o.properties.asset![0],
        'owns',
        o.properties.percentage ? parseShare(o.properties.percentage[0]!) : undefined,
        o.properties.startDate?.[0],
        o.properties.endDate?.[0],
      ]);
    }
    expect(dataset.links.filter((l) => l.kind === 'directs').map((l) => [l.source, l.target, l.role])).toEqual(
      ofSchema('Directorship').map((d) => [
        d.properties.director![0],
        d.properties.organization![0],
        d.properties.role![0],
      ]),
    );
    expect(dataset.links.filter((l) => l.kind === 'family')).toHaveLength(4);
    expect(dataset.links).toHaveLength(21);
  });

  it.each([
    // Kalashnikov's first `name` is its former name; the caption is the name it goes by.
    ['NK-nR5AXM9AVPq4pQaSPSaVam', 'JSC Kalashnikov Concern', 'JSC NPO IZHMASH'],
    ['NK-abdzbEBkqyT29GyREbiURZ', 'LLC CST', 'Zala Aero Group'],
    ['NK-aU5ybkbRFJucf8YMwsJvDw', 'Alexander Vyacheslavovich ZAKHAROV', 'Aleksandr Vyacheslavovich Zakharov'],
  ])('names %s "%s", with "%s" among its aliases', (id, name, alias) => {
    expect(entity(id).name).toBe(name);
    expect(entity(id).aliases).toContain(alias);
  });

  it('spot-checks records: the 51% owner, the general director, the expired Ukrainian listing, the OFAC listing of date unknown', () => {
    expect(dataset.links.find((l) => l.id === 'ru-dfe0a021cb69f99e198bb8cbbcb93e81130b32a7')).toMatchObject({
      source: 'NK-aU5ybkbRFJucf8YMwsJvDw',
      target: 'NK-abdzbEBkqyT29GyREbiURZ',
      kind: 'owns',
      share: 51,
      period: { from: '2015-11-25' },
      notes: '6624.16 shares.',
    });
    expect(dataset.links.find((l) => l.id === 'ru-a9285fbd0d02aebe28295dd37885191822789ad8')).toMatchObject({
      source: 'NK-mCEmxFfuhfdjpC8gsxH74o',
      target: 'NK-abdzbEBkqyT29GyREbiURZ',
      kind: 'directs',
      role: 'ГЕНЕРАЛЬНЫЙ ДИРЕКТОР',
      period: { from: '2017-10-23' },
    });
    const ukrainian = dataset.listings.filter(
      (l) => l.entity === 'NK-abdzbEBkqyT29GyREbiURZ' && l.round.startsWith('UA-SA1644'),
    );
    expect(ukrainian.map((l) => [l.round, l.citation, l.end])).toEqual([
      ['UA-SA1644-2021-10-30', '21055612200016', { status: 'expired', date: '2024-10-30' }],
      ['UA-SA1644-2024-11-12', '24076112200021', undefined],
    ]);
    expect(ukrainian[1]!.notes).toMatch(/^In force until 2034-11-12\. Provisions: /);
    const ofac = dataset.listings.filter(
      (l) => l.entity === 'NK-abdzbEBkqyT29GyREbiURZ' && l.round === 'US-RUSHAR-undated',
    );
    const ofacRound = dataset.rounds.find((r) => r.id === ofac[0]!.round)!;
    expect(ofacRound).toMatchObject({
      authority: 'Office of Foreign Assets Control',
      list: 'RUSSIA-EO14024',
      programme: 'US-RUSHAR',
    });
    expect(ofacRound.date).toBeUndefined();
    expect(ofac.map((l) => l.citation)).toEqual(['45928', '45934']);
  });

  it('gives countries their meaning, and addresses and identifiers to their entities', () => {
    expect(entity('NK-abdzbEBkqyT29GyREbiURZ')).toMatchObject({
      country: 'RU',
      countries: [
        { code: 'RU', as: 'registration' },
        { code: 'RU', as: 'address' },
      ],
    });
    expect(entity('NK-abdzbEBkqyT29GyREbiURZ').addresses).toContainEqual({
      text: 'D. 2 etazh 5 kom. 7, per. Institutski, Moscow, 127030',
      city: 'Moscow',
      country: 'RU',
    });
    // Svetlana Zakharova: `country` gives the UK first, her nationality is Russian.
    expect(entity('NK-DQ98GPMgdVH8DSZd8g9Xtc')).toMatchObject({
      country: 'GB',
      countries: [{ code: 'RU', as: 'nationality' }],
    });
    expect(entity('NK-2Tbri3s6GgNtAwsSXh4qpL').identifiers).toContainEqual({ type: 'INN', value: '183116181362' });
    expect(draft.notes).toContain(
      '11 Address records kept as the addresses of the entities that point at them, not drawn.',
    );
    expect(draft.notes).toContain('1 Identification or Passport record gives no number; left out.');
  });

  it('reads the same network from targets.nested.json as from entities.ftm.json', () => {
    const nested = parseFtm(nestedForm(zala), 'targets.nested.json', () => {}, TODAY);
    expect(nested.problems).toEqual([]);
    expect(comparable(nested.dataset)).toEqual(comparable(dataset));
  });
});

describe('a real OpenSanctions file of separate targets (yente t1)', () => {
  it('imports every person and organisation, and says the address nobody points at is left out', () => {
    const t1 = parseFtm(fixture('yente-t1.entities.ftm.json'), 'entities.ftm.json', () => {}, TODAY);
    expect(t1.problems).toEqual([]);
    expect(t1.dataset.entities.map((e) => [e.name, e.kind, e.country])).toEqual([
      ['RAB „Inter Tobacco“', 'organisation', 'BY'],
      ['Vitaly Yurievich KUZMENKO', 'person', 'RU'],
      ['Tatiana Vladimirovna ZJURAVLEVA', 'person', 'ZZ'],
      ['Svjatlana Paulauna PACHODAVA', 'person', 'BY'],
      ['Viktor Vladimirovitj Sojko', 'person', 'BY'],
      ['IRGC', 'organisation', 'IR'],
    ]);
    expect(t1.notes).toEqual(['1 Address record is the address of no entity in the file; left out.']);
  });
});

/**
 * The file as OpenSanctions' nested export would write it (zavod `nested.py`, yente `nested.py`): a line
 * per target, its sanctions, ownerships, directorships, family ties and passport under the reverse
 * property with the back-reference kept as an id and the other end embedded, its Address entities embedded.
 */
function nestedForm(records: typeof zala): string {
  const byId = new Map(
    records.flatMap((r) => [r.id, ...((r.referents as string[] | undefined) ?? [])].map((id) => [id, r] as const)),
  );
  const embed = (r: (typeof zala)[number]) => ({
    ...r,
    properties: { ...r.properties, addressEntity: (r.properties.addressEntity ?? []).map((id) => byId.get(id) ?? id) },
  });
  const inbound: Array<[string, string, string, string | undefined]> = [
    ['Sanction', 'entity', 'sanctions', undefined],
    ['Ownership', 'owner', 'ownershipOwner', 'asset'],
    ['Ownership', 'asset', 'ownershipAsset', 'owner'],
    ['Directorship', 'director', 'directorshipDirector', 'organization'],
    ['Directorship', 'organization', 'directorshipOrganization', 'director'],
    ['Family', 'person', 'familyPerson', 'relative'],
    ['Family', 'relative', 'familyRelative', 'person'],
    ['Passport', 'holder', 'identification', undefined],
  ];
  return records
    .filter((r) => r.target && (r.schema === 'Person' || r.schema === 'Company'))
    .map((target) => {
      const properties: Loose = { ...embed(target).properties };
      for (const [schema, back, reverse, other] of inbound) {
        const adjacent = records.filter((r) => r.schema === schema && r.properties[back]?.includes(target.id));
        if (adjacent.length > 0)
          properties[reverse] = adjacent.map((a) =>
            other
              ? {
                  ...a,
                  properties: {
                    ...a.properties,
                    [other]: a.properties[other]!.map((id) => (byId.get(id) ? embed(byId.get(id)!) : id)),
                  },
                }
              : a,
          );
      }
      return JSON.stringify({ ...target, properties });
    })
    .join('\n');
}

/** A dataset with sources named by URL and rounds by what they are, so two readings in another order compare. */
function comparable(d: Dataset) {
  const url = (ids: string[]) => ids.map((id) => d.sources.find((s) => s.id === id)!.url ?? 'file').sort();
  const round = new Map(
    d.rounds.map((r) => [r.id, `${r.authority} | ${r.list} | ${r.programme ?? ''} | ${r.date ?? 'undated'}`]),
  );
  return {
    entities: sortedById(d.entities).map((e) => ({ ...e, sources: url(e.sources) })),
    links: sortedById(d.links).map((l) => ({ ...l, sources: url(l.sources) })),
    listings: d.listings
      .map((l) => ({ ...l, round: round.get(l.round), sources: url(l.sources) }))
      .sort((a, b) => `${a.entity}${a.round}`.localeCompare(`${b.entity}${b.round}`)),
  };
}
