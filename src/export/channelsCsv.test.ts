import { describe, expect, it } from 'vitest';
import { openChannels } from '../analysis/openChannels';
import { indexDataset } from '../model/datasetIndex';
import { makeDataset, makeEntity, makeLink, makeListing, makeRound } from '../test/factories';
import { openChannelsCsv } from './channelsCsv';

const index = indexDataset(
  makeDataset({
    rounds: [makeRound({ id: 'may', date: '2023-05-19' }), makeRound({ id: 'sept', date: '2023-09-25' })],
    entities: [
      makeEntity({ id: 'stc', name: 'Special Technology Center', role: 'end-user' }),
      makeEntity({ id: 'device', name: 'Device, "Consulting"' }),
      makeEntity({ id: 'oy', name: '=Oy' }),
    ],
    listings: [makeListing({ entity: 'stc', round: 'may' }), makeListing({ entity: 'device', round: 'sept' })],
    links: [
      makeLink({
        id: 'device-stc',
        source: 'device',
        target: 'stc',
        kind: 'procures-for',
        items: ['antennas'],
        confidence: 'official',
      }),
      makeLink({ id: 'oy-device', source: 'oy', target: 'device', kind: 'ships', confidence: 'inferred' }),
    ],
  }),
);

describe('openChannelsCsv', () => {
  it('writes one ranked row a route, quoting and guarding names as every CSV export does', () => {
    const csv = openChannelsCsv(index, openChannels(index, '2023-09-24', null).channels);
    expect(csv.split('\r\n')).toEqual([
      'Rank,Route,Links,End-user,Steps,Evidence,Closed on,Closed by,Entity ids,Link ids',
      '1,"Device, ""Consulting"" → Special Technology Center",1,Special Technology Center,"Device, ""Consulting"" procures for Special Technology Center (antennas)",Official finding,2023-09-25,"Device, ""Consulting""",device → stc,device-stc',
      '2,"\'=Oy → Device, ""Consulting"" → Special Technology Center",2,Special Technology Center,"\'=Oy ships Device, ""Consulting""; Device, ""Consulting"" procures for Special Technology Center (antennas)",Inferred; Official finding,2023-09-25,"Device, ""Consulting""",oy → device → stc,"oy-device,device-stc"',
      '',
    ]);
  });
});
