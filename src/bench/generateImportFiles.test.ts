import { describe, expect, it } from 'vitest';
import { parseCsl } from '../formats/csl/read';
import { parseFtm } from '../formats/ftm/read';
import { validateDataset } from '../validate/validateDataset';
import { generateCslCsv, generateFtmLines } from './generateImportFiles';

describe('benchmark import files', () => {
  it('a generated FollowTheMoney file imports whole: entities, sanctions grouped into rounds, links through referents', () => {
    const draft = parseFtm(generateFtmLines(600), 'entities.ftm.json');
    expect(draft.problems).toEqual([]);
    expect(draft.dataset.entities).toHaveLength(600);
    expect(draft.dataset.listings).toHaveLength(200);
    expect(draft.dataset.links).toHaveLength(299);
    expect(draft.dataset.rounds.length).toBeGreaterThan(10);
    expect(validateDataset(draft.dataset).ok).toBe(true);
  });

  it('a generated Screening List imports whole, one entity and listing per row', () => {
    const draft = parseCsl(generateCslCsv(500), 'consolidated.csv');
    expect(draft.problems).toEqual([]);
    expect(draft.dataset.entities).toHaveLength(500);
    expect(draft.dataset.listings).toHaveLength(500);
    expect(validateDataset(draft.dataset).ok).toBe(true);
  });
});
