import { beforeEach, describe, expect, it } from 'vitest';
import { create } from 'zustand';
import { makeDataset, makeEntity, makeLink, makeListing, makeRound } from '../test/factories';
import type { AppState } from './appState';
import { selectChannelsAsOf, selectOpenChannels } from './channelSelectors';
import { selectStatusText } from './selectors';
import { selectChanges, selectHighlight } from './toolSelectors';
import { createAppState } from './useAppStore';
import { selectViewClasses } from './viewClassSelectors';

// supplier → device → stc: STC listed in May, Device on 25 Sept (closing the route), and a link that
// began on 25 Sept from a new shipper.
const dataset = makeDataset({
  rounds: [
    makeRound({ id: 'may', date: '2023-05-19' }),
    makeRound({ id: 'sept-19', date: '2023-09-19' }),
    makeRound({ id: 'sept-25', date: '2023-09-25' }),
  ],
  entities: [
    makeEntity({ id: 'stc', role: 'end-user' }),
    makeEntity({ id: 'device' }),
    makeEntity({ id: 'supplier' }),
    makeEntity({ id: 'shipper' }),
    makeEntity({ id: 'other' }),
  ],
  listings: [
    makeListing({ entity: 'stc', round: 'may' }),
    makeListing({ entity: 'device', round: 'sept-25' }),
    makeListing({ entity: 'other', round: 'sept-19' }),
  ],
  links: [
    makeLink({ id: 'device-stc', source: 'device', target: 'stc' }),
    makeLink({ id: 'supplier-device', source: 'supplier', target: 'device' }),
    makeLink({
      id: 'shipper-supplier',
      source: 'shipper',
      target: 'supplier',
      kind: 'ships',
      period: { from: '2023-09-25' },
    }),
  ],
});

let store = create<AppState>()(createAppState);
beforeEach(() => {
  store = create<AppState>()(createAppState);
  store.getState().setDataset(dataset);
  store.getState().setDrawn(true);
  store.getState().setAsOf('2023-09-25');
});
const classesOf = (id: string) => selectViewClasses(store.getState())!.get(id);

describe('Open channels in the store', () => {
  it('reads the As of date, or the day before it, where the round had not yet closed the routes', () => {
    store.getState().setChannels(true);
    expect(selectChannelsAsOf(store.getState())).toBe('2023-09-25');
    expect(selectOpenChannels(store.getState())!.channels).toEqual([]);
    store.getState().setChannelsDayBefore(true);
    expect(selectChannelsAsOf(store.getState())).toBe('2023-09-24');
    expect(selectOpenChannels(store.getState())!.channels.map((c) => c.id)).toEqual([
      'device-stc',
      'supplier-device,device-stc',
    ]);
  });

  it('highlights every route, or the one chosen, and dims the rest', () => {
    const { setChannels, setChannelsDayBefore, chooseChannel } = store.getState();
    setChannels(true);
    setChannelsDayBefore(true);
    expect(classesOf('supplier')).toContain('open-channel');
    expect(classesOf('shipper')).toContain('dimmed');
    chooseChannel('device-stc');
    expect(classesOf('supplier')).toContain('dimmed');
    expect(classesOf('device-stc')).toContain('open-channel');
    // A new question drops the choice.
    setChannelsDayBefore(false);
    expect(store.getState().tools.channels.route).toBeNull();
  });

  it('gives way to a found path', () => {
    const { setChannels, setChannelsDayBefore, setPathEnd } = store.getState();
    setChannels(true);
    setChannelsDayBefore(true);
    setPathEnd('from', 'supplier');
    setPathEnd('to', 'stc');
    expect(selectHighlight(store.getState())!.get('supplier')).toBe('on-path');
  });
});

describe('Compare in the store', () => {
  it('defaults to the previous round and the As of date, and counts what was added in the status line', () => {
    store.getState().setCompare(true);
    const changes = selectChanges(store.getState())!;
    expect([changes.from, changes.to]).toEqual(['2023-09-19', '2023-09-25']);
    expect(selectStatusText(store.getState())).toBe(
      '5 of 5 entities · 3 of 3 links · 3 sanctioned as of 2023-09-25 · 2 added',
    );
    expect(classesOf('device')).toContain('added');
    expect(classesOf('shipper-supplier')).toContain('added');
    expect(classesOf('other')).toContain('dimmed');
  });

  it('reads chosen dates, and follows As of when they are not chosen', () => {
    const { setCompare, setCompareDate, setAsOf } = store.getState();
    setCompare(true);
    setCompareDate('from', '2023-05-19');
    expect(selectStatusText(store.getState())).toMatch(/· 3 added$/);
    setCompareDate('from', null);
    setAsOf('2023-09-19');
    expect(selectStatusText(store.getState())).toMatch(/as of 2023-09-19 · 1 added$/);
  });

  it('says nothing of changes while off', () => {
    expect(selectChanges(store.getState())).toBeNull();
    expect(selectStatusText(store.getState())).not.toContain('added');
  });
});
