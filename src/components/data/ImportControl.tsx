import { useCallback, useEffect, useRef, useState } from 'react';
import { useAppStore } from '../../store/useAppStore';
import { preloadImportDialogs } from './importDialogs';

/**
 * `Import data`: a file picker, and files dropped anywhere on the page; both lead to the report. While
 * files are dragged over the page, it says it will take them.
 */
export function ImportControl() {
  const input = useRef<HTMLInputElement>(null);
  const startImport = useAppStore((s) => s.beginImport);
  const beginImport = useCallback(
    (files: File[]) => {
      preloadImportDialogs();
      startImport(files);
    },
    [startImport],
  );
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    // dragenter and dragleave fire for every element crossed: count them to know when files leave the page.
    let depth = 0;
    const carriesFiles = (event: DragEvent) => Boolean(event.dataTransfer?.types.includes('Files'));
    const onDragEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth++;
      setDragging(true);
    };
    const onDragLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDragOver = (event: DragEvent) => {
      if (carriesFiles(event)) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      depth = 0;
      setDragging(false);
      if (!event.dataTransfer?.files.length) return;
      event.preventDefault();
      beginImport([...event.dataTransfer.files]);
    };
    window.addEventListener('dragenter', onDragEnter);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onDragEnter);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [beginImport]);
  return (
    <>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop files to import them. Nothing changes until you have seen the report.</p>
        </div>
      )}
      <button type="button" onClick={() => input.current?.click()}>
        Import data
      </button>
      <input
        ref={input}
        type="file"
        aria-label="Import data file"
        accept=".json,.jsonl,.ndjson,.csv,.tsv,.txt,.gexf,.graphml,.xml,.cyjs,application/json,text/csv"
        multiple
        hidden
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length > 0) beginImport(files);
        }}
      />
    </>
  );
}
