import { describe, expect, it } from 'vitest';
import { toProjectJson } from '../formats/projectJson/write';
import { awkwardDataset as dataset } from '../test/awkwardDataset';
import { makeV2Dataset } from '../test/v2Dataset';
import { validateDatasetText } from '../validate/validateDataset';
import { subsetDataset } from './subset';

describe('subsetDataset', () => {
  it('keeps the chosen entities and links with their listings, rounds and sources', () => {
    const part = subsetDataset(dataset, new Set(['apl', 'smt']), new Set(['apl-smt']));
    expect(part.entities.map((e) => e.id)).toEqual(['apl', 'smt']);
    expect(part.links.map((l) => l.id)).toEqual(['apl-smt']);
    expect(part.listings).toHaveLength(1);
    expect(part.rounds.map((r) => r.id)).toEqual(['bis']);
    expect(validateDatasetText(toProjectJson(part)).problems).toEqual([]);
  });

  it('drops links that lose an end', () => {
    expect(subsetDataset(dataset, new Set(['apl']), new Set(['apl-smt'])).links).toEqual([]);
  });

  it('keeps the source only the end of a listing cites, and drops rounds the opening view names that are not kept', () => {
    const v2 = { ...makeV2Dataset(), view: { rounds: ['sdn-2023-05', 'sdn-undated'], hideNotYetListed: true } };
    const part = subsetDataset(v2, new Set(['owner', 'kalashnikov']), new Set(['owns-51']));
    expect(part.sources.map((s) => s.id)).toEqual(['ofac', 'opensanctions', 'delisting']);
    expect(subsetDataset(v2, new Set(['kalashnikov']), new Set()).view).toStrictEqual({
      rounds: ['sdn-2023-05'],
      hideNotYetListed: true,
    });
    expect(subsetDataset(v2, new Set(['uav-programme']), new Set()).view).toStrictEqual({ hideNotYetListed: true });
    for (const ids of [['owner', 'kalashnikov'], ['kalashnikov'], ['uav-programme']])
      expect(validateDatasetText(toProjectJson(subsetDataset(v2, new Set(ids), new Set()))).problems).toEqual([]);
  });
});
