import { useEffect, useRef } from 'react';
import { readImportFiles } from '../../import/readImportFiles';
import { useAppStore } from '../../store/useAppStore';

/** `Import data`: a file picker, and files dropped anywhere on the page; both lead to the report. */
export function ImportControl() {
  const input = useRef<HTMLInputElement>(null);
  const setImportDraft = useAppStore((s) => s.setImportDraft);
  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      if (!event.dataTransfer?.files.length) return;
      event.preventDefault();
      void readImportFiles([...event.dataTransfer.files]).then(setImportDraft);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [setImportDraft]);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>Import data</button>
      <input
        ref={input}
        type="file"
        aria-label="Import data file"
        accept=".json,.jsonl,.ndjson,.csv,application/json,text/csv"
        multiple
        hidden
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length > 0) void readImportFiles(files).then(setImportDraft);
        }}
      />
    </>
  );
}
