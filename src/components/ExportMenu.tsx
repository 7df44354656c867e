import { useEffect, useRef, useState } from 'react';
import { downloadBlob } from '../export/download';
import type { DataScope } from '../export/exportData';
import { loadPart } from '../lazy/loadPart';
import { selectNetworkView } from '../store/selectors';
import { useAppStore } from '../store/useAppStore';
import { useLoadedPart } from './lazy/useLoadedPart';

const PNG_SCALES = [1, 2, 4];
// The writers (and the readers they share a registry with) load when the menu first opens.
const loadDataExport = () => import('../export/exportData');
const SCOPES: ReadonlyArray<{ value: DataScope; label: string }> = [
  { value: 'view', label: 'this view' },
  { value: 'dataset', label: 'whole dataset' },
];

/** The `Export` menu: images of what is on screen. */
export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const [scope, setScope] = useState<DataScope>('view');
  const exportImage = useAppStore((s) => s.exportImage);
  const exportError = useAppStore((s) => s.exportError);
  const setExportError = useAppStore((s) => s.setExportError);
  const briefing = useAppStore((s) => s.briefing);
  const dataExport = useLoadedPart('data export', loadDataExport, open);
  const exportBriefing = () =>
    loadPart('briefing maker', () => import('../briefing/makeBriefing'))
      .then(({ makeBriefing }) => makeBriefing(useAppStore.getState()))
      .then(
        (blob) => downloadBlob('supply-lines-briefing.html', blob),
        (error: Error) => setExportError(error.message),
      );
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !menu.current?.contains(event.target as Node))
        setOpen(false);
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);
  const exportDataAs = (format: string) => {
    const state = useAppStore.getState();
    const view = selectNetworkView(state);
    const exportData = dataExport.module?.exportData;
    if (!state.index || !view || !exportData) return;
    const today = new Date().toISOString().slice(0, 10);
    for (const file of exportData(state.index, view, state.positions ?? {}, format, scope, today)) {
      downloadBlob(file.name, new Blob([file.text], { type: file.type }));
    }
  };
  const choose = (action: () => void) => {
    action();
    setOpen(false);
  };
  return (
    <div className="menu" ref={menu}>
      <button type="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        Export
      </button>
      {open && (
        <div role="menu" aria-label="Export" className="menu-items">
          {PNG_SCALES.map((scale) => (
            <button key={scale} type="button" role="menuitem" onClick={() => choose(() => exportImage('png', scale))}>
              PNG image ({scale}x)
            </button>
          ))}
          <button type="button" role="menuitem" onClick={() => choose(() => exportImage('svg'))}>
            SVG image
          </button>
          {!briefing && (
            <button type="button" role="menuitem" onClick={() => choose(exportBriefing)}>
              Briefing (HTML)
            </button>
          )}
          {/* Inside a menu, a choice is a group of menu item radios (ARIA allows no radiogroup there). */}
          <div role="group" aria-label="Data of" className="menu-scope">
            {SCOPES.map(({ value, label }) => (
              <button
                key={value}
                type="button"
                role="menuitemradio"
                aria-checked={scope === value}
                onClick={() => setScope(value)}
              >
                {label}
              </button>
            ))}
          </div>
          {dataExport.error && (
            <span role="alert" className="error">
              {dataExport.error}
            </span>
          )}
          {!dataExport.module && !dataExport.error && <span className="loading">Loading data formats…</span>}
          {dataExport.module?.DATA_FORMATS.map((format) => (
            <button key={format} type="button" role="menuitem" onClick={() => choose(() => exportDataAs(format))}>
              {format}
            </button>
          ))}
        </div>
      )}
      {exportError && (
        <span role="alert" className="error">
          Export failed: {exportError}
        </span>
      )}
    </div>
  );
}
