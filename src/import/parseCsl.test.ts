import { describe, expect, it } from 'vitest';
import { validateDataset } from '../validate/validateDataset';
import { formatImportProblem } from './importTypes';
import { parseCsl } from './parseCsl';

const HEADER =
  '_id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,start_date,end_date,standard_order,license_requirement,license_policy,call_sign,vessel_type,gross_tonnage,gross_registered_tonnage,vessel_flag,vessel_owner,remarks,source_list_url,alt_names,citizenships,dates_of_birth,nationalities,places_of_birth,source_information_url,ids';
const EL_ROW =
  '"99ed1b","Entity List (EL) - Bureau of Industry and Security","","","","China Electronics Technology Group Corporation 13th Research Institute (CETC 13)","","113 Hezuo Road, Shijiazhuang, Hebei, China; and 21 Changsheng Street, Shijiazhuang, Hebei Province, CN","83 FR 37423; 87 FR 77505","2018-08-01","","","For all items subject to the EAR.","Policy of denial","","","","","","","","https://www.bis.doc.gov/el","Hebei Semiconductor Research Institute; HSRI; and CETC Research Institute 13","","","","","https://www.bis.doc.gov/el",""';
const SDN_ROW =
  '"52291","Specially Designated Nationals (SDN) - Treasury Department","52291","Individual","IRAN","Su Chunpeng","","Shenzhen, CN","","2023-09-19","","","","","","","","","","","Linked To: SHENZHEN JIASIBO","","","","","","","https://sanctionssearch.ofac.treas.gov/",""';

describe('parseCsl', () => {
  it('reads CSL CSV rows as entities listed in rounds per source list and date, with countries from addresses', () => {
    const draft = parseCsl(`${HEADER}\n${EL_ROW}\n${SDN_ROW}\n`, 'consolidated.csv');
    expect(draft.problems).toEqual([]);
    expect(validateDataset(draft.dataset).ok).toBe(true);
    expect(draft.dataset.entities).toMatchObject([
      { id: 'csl-99ed1b', country: 'CN', kind: 'company', aliases: ['Hebei Semiconductor Research Institute', 'HSRI', 'CETC Research Institute 13'] },
      { id: 'ofac-52291', name: 'Su Chunpeng', kind: 'person', country: 'CN', notes: 'Linked To: SHENZHEN JIASIBO' },
    ]);
    expect(draft.dataset.rounds).toMatchObject([
      { authority: 'US BIS', list: 'Entity List (EL)', date: '2018-08-01', citation: '83 FR 37423; 87 FR 77505' },
      { authority: 'US OFAC', list: 'Specially Designated Nationals (SDN)', date: '2023-09-19' },
    ]);
    expect(draft.dataset.listings[0]).toMatchObject({ entity: 'csl-99ed1b', reason: 'For all items subject to the EAR.' });
  });

  it('reads the bulk JSON (results)', () => {
    const json = JSON.stringify({
      results: [
        { id: 'x1', source: 'Entity List (EL) - Bureau of Industry and Security', name: 'Asia Pacific Links Ltd.', addresses: [{ address: 'Kowloon', country: 'HK' }], federal_register_notice: '88 FR 66271', start_date: '2023-09-27', alt_names: ['APL'], source_information_url: 'https://www.bis.doc.gov/el' },
      ],
    });
    const draft = parseCsl(json, 'consolidated.json');
    expect(draft.problems).toEqual([]);
    expect(draft.dataset.entities).toMatchObject([{ id: 'csl-x1', country: 'HK', aliases: ['APL'] }]);
  });

  it('reports rows it cannot place, with their line', () => {
    const draft = parseCsl(`${HEADER}\n"1","Entity List (EL) - Bureau of Industry and Security","","","","No Date Co","","","","","","","","","","","","","","","","","","","","","","",""\n`, 'c.csv');
    expect(draft.problems.map(formatImportProblem)).toEqual(['c.csv, line 2: has no start_date; the row is left out']);
  });
});
