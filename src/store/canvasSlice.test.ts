import { beforeEach, describe, expect, it } from 'vitest';
import { create } from 'zustand';
import { makeDataset } from '../test/factories';
import type { AppState } from './appState';
import type { CanvasCommand } from './canvasSlice';
import { createAppState } from './useAppStore';

let store = create<AppState>()(createAppState);
const commands = () => store.getState().canvasCommands.map((queued) => queued.command);
const VIEWPORT = { zoom: 1.7, pan: { x: 10, y: -20 } };

beforeEach(() => {
  store = create<AppState>()(createAppState);
});

describe('the canvas command channel', () => {
  it.each<[string, (s: AppState) => void, CanvasCommand]>([
    ['fitView()', (s) => s.fitView(), { type: 'fit', ids: null }],
    ['fitView(ids)', (s) => s.fitView(['a', 'b']), { type: 'fit', ids: ['a', 'b'] }],
    ['centreOn', (s) => s.centreOn('a'), { type: 'centre', id: 'a' }],
    ['moveViewport', (s) => s.moveViewport(VIEWPORT), { type: 'viewport', viewport: VIEWPORT }],
    ['relayout', (s) => s.relayout(), { type: 'relayout' }],
    ['exportImage(svg)', (s) => s.exportImage('svg'), { type: 'export', format: 'svg', scale: 1 }],
    ['exportImage(png, 4)', (s) => s.exportImage('png', 4), { type: 'export', format: 'png', scale: 4 }],
  ])('%s sends one command', (_, send, expected) => {
    send(store.getState());
    expect(commands()).toEqual([expected]);
  });

  it('queues commands in order, and the same command twice as two', () => {
    const { fitView, centreOn } = store.getState();
    centreOn('a');
    fitView();
    centreOn('a');
    expect(commands()).toEqual([
      { type: 'centre', id: 'a' },
      { type: 'fit', ids: null },
      { type: 'centre', id: 'a' },
    ]);
    const serials = store.getState().canvasCommands.map((queued) => queued.serial);
    expect(new Set(serials).size).toBe(3);
    expect([...serials].sort((a, b) => a - b)).toEqual(serials);
  });

  it('drops what the canvas acknowledged and keeps what came after', () => {
    const { fitView, relayout, acknowledgeCanvasCommands } = store.getState();
    fitView();
    const seen = store.getState().canvasCommands.at(-1)!.serial;
    relayout();
    acknowledgeCanvasCommands(seen);
    expect(commands()).toEqual([{ type: 'relayout' }]);
    acknowledgeCanvasCommands(store.getState().canvasCommands.at(-1)!.serial);
    expect(commands()).toEqual([]);
  });

  it('never reuses a serial, even after a new dataset empties the queue', () => {
    store.getState().fitView();
    const before = store.getState().canvasCommands[0]!.serial;
    store.getState().setDataset(makeDataset());
    expect(commands()).toEqual([]);
    store.getState().fitView();
    expect(store.getState().canvasCommands[0]!.serial).toBeGreaterThan(before);
  });

  it("clears the last export's error when a new export is asked for", () => {
    store.getState().setExportError('no canvas');
    store.getState().exportImage('png', 2);
    expect(store.getState().exportError).toBeNull();
  });

  it("sends a saved view's viewport to the canvas when the view is applied", () => {
    store.getState().setDataset(makeDataset());
    store.setState({ savedViews: [{ id: 'v', name: 'V', search: '', viewport: VIEWPORT }] });
    store.getState().applyView('v');
    expect(commands()).toEqual([{ type: 'viewport', viewport: VIEWPORT }]);
  });
});
