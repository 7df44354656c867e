import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { useAppStore } from '../../store/useAppStore';
import { runCanvasCommand } from './runCanvasCommand';

/**
 * Takes the store's canvas commands (fit, centre, viewport, re-layout, export) in order, after the
 * view's classes of the same change are applied, and acknowledges them; renders nothing.
 */
export function CommandController({ cy }: { cy: Core }) {
  const commands = useAppStore((s) => s.canvasCommands);
  useEffect(() => {
    if (commands.length === 0) return;
    // Read afresh rather than from the render: StrictMode runs effects twice, and each command runs once.
    const { canvasCommands, acknowledgeCanvasCommands } = useAppStore.getState();
    const last = canvasCommands.at(-1);
    if (!last) return;
    // Acknowledged first, so a command that throws is not tried again on every change.
    acknowledgeCanvasCommands(last.serial);
    for (const { command } of canvasCommands) runCanvasCommand(cy, command);
  }, [cy, commands]);
  return null;
}
