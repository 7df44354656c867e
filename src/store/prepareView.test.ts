import { beforeEach, describe, expect, it, vi } from 'vitest';
import { create } from 'zustand';
import { makeDataset, makeEntity } from '../test/factories';
import type { AppState } from './appState';
import { prepareView, PREPARE_VIEW_FROM } from './prepareView';
import { createAppState } from './useAppStore';
import { selectViewClasses } from './viewClassSelectors';

const counted = vi.hoisted(() => ({ viewClasses: 0, filterNetwork: 0 }));
vi.mock('../graph/viewClasses', async (original) => {
  const real = await original<typeof import('../graph/viewClasses')>();
  return {
    ...real,
    viewClasses: (...args: Parameters<typeof real.viewClasses>) => (counted.viewClasses++, real.viewClasses(...args)),
  };
});
vi.mock('../filter/filterNetwork', async (original) => {
  const real = await original<typeof import('../filter/filterNetwork')>();
  return {
    ...real,
    filterNetwork: (...args: Parameters<typeof real.filterNetwork>) => (
      counted.filterNetwork++,
      real.filterNetwork(...args)
    ),
  };
});

function storeWith(entities: number) {
  const store = create<AppState>()(createAppState);
  store.getState().setDataset(
    makeDataset({
      entities: Array.from({ length: entities }, (_, i) => makeEntity({ id: `e${i}`, name: `Entity ${i}` })),
    }),
  );
  return store;
}

beforeEach(() => {
  counted.viewClasses = 0;
  counted.filterNetwork = 0;
});

describe('prepareView', () => {
  it('works out a large network’s view and classes, so the render that follows finds them', async () => {
    const store = storeWith(PREPARE_VIEW_FROM);
    await prepareView(store.getState);
    expect(counted).toEqual({ viewClasses: 1, filterNetwork: 1 });
    expect(selectViewClasses(store.getState())?.get(`e${PREPARE_VIEW_FROM - 1}`)).toEqual(['never-listed']);
    expect(counted).toEqual({ viewClasses: 1, filterNetwork: 1 });
  });

  it('leaves a small network to its render', async () => {
    await prepareView(storeWith(PREPARE_VIEW_FROM - 1).getState);
    expect(counted).toEqual({ viewClasses: 0, filterNetwork: 0 });
  });
});
