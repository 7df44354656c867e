import { describe, expect, it } from 'vitest';
import { filterNetwork } from '../filter/filterNetwork';
import { initialFilterState } from '../filter/filterState';
import { indexDataset } from '../model/datasetIndex';
import { makeDataset, makeEntity, makeLink } from '../test/factories';
import { legendInUse } from './legendInUse';
import { LEGEND_GROUPS, legendItems } from './legendItems';
import { viewClasses } from './viewClasses';

const index = indexDataset(
  makeDataset({
    entities: [
      makeEntity({ id: 'oy', country: 'FI', role: 'logistics' }),
      makeEntity({ id: 'owner', country: 'FI', role: 'owner', kind: 'person' }),
    ],
    links: [makeLink({ id: 'owner-oy', source: 'owner', target: 'oy', kind: 'owns', confidence: 'official' })],
  }),
);
const filters = initialFilterState();
const drawnNow = legendInUse(index, viewClasses(index, filterNetwork(index, filters), filters, null));
const goods = (theme: 'light' | 'dark') =>
  legendItems(null, theme).find((item) => item.label.startsWith('Goods'))!.swatch;

describe('legendItems', () => {
  it("lists every entry without a view, and only the view's entries with one, in the legend's order", () => {
    const every = legendItems(null, 'light');
    expect(every.map((item) => item.group)).toEqual(
      every.map((item) => item.group).sort((a, b) => LEGEND_GROUPS.indexOf(a) - LEGEND_GROUPS.indexOf(b)),
    );
    expect(every.filter((item) => item.group === 'Sanctions status')).toHaveLength(13);
    const labels = legendItems(drawnNow, 'light').map((item) => item.label);
    expect(labels).toEqual([
      'Logistics',
      'Owner, executive or employee',
      'Company',
      'Person',
      'Never listed',
      'Control: owns, controls, part of, directs',
      'Official finding',
    ]);
  });

  it('colours link lines for the theme', () => {
    expect(goods('light')).toMatchObject({ type: 'line', colour: '#334155' });
    expect(goods('dark')).toMatchObject({ type: 'line', colour: '#cbd5e1' });
  });
});
