import type { StateCreator } from 'zustand';
import type { SavedView } from '../savedViews/savedViews';
import type { AppState, SliceActions } from './appState';

export type ImageFormat = 'png' | 'svg';
export type Viewport = NonNullable<SavedView['viewport']>;

/** What the store asks of the canvas, which alone holds Cytoscape. */
export type CanvasCommand =
  /** Frame these elements (every visible one when `ids` is null). */
  | { type: 'fit'; ids: readonly string[] | null }
  /** Bring an entity to the middle, close enough to read its name. */
  | { type: 'centre'; id: string }
  /** Look exactly there (a saved view's viewport). */
  | { type: 'viewport'; viewport: Viewport }
  /** Put every node back where the layout placed it, and frame them. */
  | { type: 'relayout' }
  /** Save a picture of what is on screen. */
  | { type: 'export'; format: ImageFormat; scale: number };

/** A command with its place in line: the serial tells two identical commands apart and orders them. */
export interface QueuedCanvasCommand {
  serial: number;
  command: CanvasCommand;
}

export interface CanvasSlice {
  /**
   * Commands the canvas has not carried out yet, oldest first. A queue rather than the latest one: a
   * click can ask for two things at once (select and centre, restore a view and its viewport).
   */
  canvasCommands: readonly QueuedCanvasCommand[];
  /** The serial the next command gets; never reused, so an acknowledgement cannot drop a newer command. */
  nextCanvasSerial: number;
  fitView: (ids?: readonly string[]) => void;
  centreOn: (id: string) => void;
  moveViewport: (viewport: Viewport) => void;
  relayout: () => void;
  exportImage: (format: ImageFormat, scale?: number) => void;
  /** The canvas has carried out every command up to and including `serial`. */
  acknowledgeCanvasCommands: (serial: number) => void;
}

export const createCanvasSlice: StateCreator<AppState, [], [], SliceActions<CanvasSlice>> = (set) => {
  const send = (command: CanvasCommand, also: Partial<AppState> = {}) =>
    set((state) => ({
      canvasCommands: [...state.canvasCommands, { serial: state.nextCanvasSerial, command }],
      nextCanvasSerial: state.nextCanvasSerial + 1,
      ...also,
    }));
  return {
    fitView: (ids) => send({ type: 'fit', ids: ids ?? null }),
    centreOn: (id) => send({ type: 'centre', id }),
    moveViewport: (viewport) => send({ type: 'viewport', viewport }),
    relayout: () => send({ type: 'relayout' }),
    // A new export clears the last one's error message.
    exportImage: (format, scale = 1) => send({ type: 'export', format, scale }, { exportError: null }),
    acknowledgeCanvasCommands: (serial) =>
      set((state) => ({ canvasCommands: state.canvasCommands.filter((queued) => queued.serial > serial) })),
  };
};
