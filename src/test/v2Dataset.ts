import type { Dataset } from '../model/types';
import { makeDataset, makeEntity, makeLink, makeListing, makeRound, makeSource } from './factories';

/**
 * A dataset that uses every field version 2 added, for round trips through every format: an undated
 * round with undated listings, a listing with its own dates, programme and citation, a delisted one
 * whose end cites a source nothing else cites, an ownership of 51% with a role, a family tie (no
 * direction), a programme as a link's target, vessels and aircraft, an entity with three countries,
 * addresses and identifiers, a round with a stated size.
 */
export function makeV2Dataset(): Dataset {
  const { date: _date, ...undated } = makeRound({
    id: 'sdn-undated',
    authority: 'US OFAC',
    list: 'SDN List',
    programme: 'IRAN-EO13382',
    sources: ['opensanctions'],
  });
  return makeDataset({
    title: 'Version 2 & "friends"',
    sources: [
      makeSource({
        id: 'ofac',
        title: 'OFAC recent actions <SDN>',
        publisher: 'US Treasury',
        url: 'https://ofac.treasury.gov/recent-actions?a=1&b=2',
      }),
      makeSource({ id: 'opensanctions', title: 'OpenSanctions', publisher: 'OpenSanctions', date: '2024-05' }),
      makeSource({ id: 'delisting', title: 'Delisting notice', publisher: 'US Treasury', date: '2024-03-01' }),
    ],
    rounds: [
      makeRound({
        id: 'sdn-2023-05',
        authority: 'US OFAC',
        list: 'SDN List',
        programme: 'RUSSIA-EO14024',
        date: '2023-05-19',
        citation: '88 FR 33001',
        size: { entries: 28, entities: 32, individuals: 4 },
        sources: ['ofac'],
      }),
      undated,
    ],
    entities: [
      makeEntity({
        id: 'kalashnikov',
        name: 'Kalashnikov Concern; JSC',
        country: 'RU',
        countries: [
          { code: 'RU', as: 'registration' },
          { code: 'CN', as: 'address' },
          { code: 'AE', as: 'operations' },
        ],
        addresses: [
          { text: 'Deryabina St 3, Izhevsk', city: 'Izhevsk', country: 'RU' },
          { text: 'Room 5, 8 Nathan Road <Kowloon>' },
        ],
        identifiers: [
          { type: 'INN', value: '1832090230', country: 'RU' },
          { type: 'OGRN', value: '1111832003018' },
          { type: 'Registration ID', value: 'A: 12 (b)' },
        ],
        role: 'manufacturer',
        sources: ['ofac', 'opensanctions'],
      }),
      makeEntity({
        id: 'owner',
        name: 'Ivan Ivanov',
        kind: 'person',
        role: 'owner',
        countries: [
          { code: 'RU', as: 'nationality' },
          { code: 'CY', as: 'citizenship' },
        ],
        sources: ['opensanctions'],
      }),
      makeEntity({
        id: 'sister',
        name: 'Anna Ivanova',
        kind: 'person',
        role: 'other',
        countries: [],
        sources: ['opensanctions'],
      }),
      makeEntity({
        id: 'uav-programme',
        name: "Iran's UAV programme",
        kind: 'programme',
        role: 'end-user',
        country: 'IR',
        sources: ['opensanctions'],
      }),
      makeEntity({
        id: 'vessel',
        name: 'MV Ocean',
        kind: 'vessel',
        role: 'logistics',
        country: 'PA',
        identifiers: [{ type: 'IMO', value: '9123456' }],
        sources: ['opensanctions'],
      }),
      makeEntity({
        id: 'aircraft',
        name: 'EP-ABC',
        kind: 'aircraft',
        role: 'logistics',
        country: 'IR',
        sources: ['opensanctions'],
      }),
    ],
    listings: [
      makeListing({
        entity: 'kalashnikov',
        round: 'sdn-2023-05',
        date: '2023-05-20',
        listedOn: '2023-05-22',
        programme: 'RUSSIA-EO14024; UKRAINE-EO13662',
        citation: 'OFAC 12345',
        reason: 'Arms maker',
        sources: ['ofac'],
      }),
      makeListing({
        entity: 'owner',
        round: 'sdn-2023-05',
        end: { status: 'delisted', date: '2024-03-01', reason: 'Petition granted', sources: ['delisting'] },
        sources: ['ofac'],
      }),
      makeListing({ entity: 'owner', round: 'sdn-undated', end: { status: 'expired' }, sources: ['opensanctions'] }),
      makeListing({ entity: 'vessel', round: 'sdn-undated', sources: ['opensanctions'] }),
      makeListing({ entity: 'aircraft', round: 'sdn-undated', date: '2019-09', sources: ['opensanctions'] }),
    ],
    links: [
      makeLink({
        id: 'owns-51',
        source: 'owner',
        target: 'kalashnikov',
        kind: 'owns',
        share: 51,
        role: 'beneficial owner',
        period: { from: '2015', to: '2023-06' },
        confidence: 'official',
        quotes: [{ source: 'opensanctions', text: 'owns 51% of the shares' }],
        sources: ['opensanctions'],
      }),
      makeLink({
        id: 'owns-third',
        source: 'sister',
        target: 'kalashnikov',
        kind: 'owns',
        share: 33.333333333333336,
        sources: ['opensanctions'],
      }),
      makeLink({
        id: 'family',
        source: 'sister',
        target: 'owner',
        kind: 'family',
        role: 'sister',
        sources: ['opensanctions'],
      }),
      makeLink({
        id: 'associate',
        source: 'vessel',
        target: 'aircraft',
        kind: 'associated-with',
        sources: ['opensanctions'],
      }),
      makeLink({
        id: 'serves-programme',
        source: 'kalashnikov',
        target: 'uav-programme',
        kind: 'part-of',
        share: 0,
        items: ['airframes'],
        sources: ['ofac'],
      }),
      makeLink({
        id: 'directs',
        source: 'owner',
        target: 'vessel',
        kind: 'directs',
        role: 'director; chair',
        period: { from: '2020-01-01' },
        sources: ['opensanctions'],
      }),
      ...(['controls', 'member-of', 'represents'] as const).map((kind) =>
        makeLink({ id: `kind-${kind}`, source: 'aircraft', target: 'uav-programme', kind, sources: ['opensanctions'] }),
      ),
    ],
  });
}
