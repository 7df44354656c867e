import { useEffect, useRef } from 'react';
import { useAppStore } from '../../store/useAppStore';

/** `Import data`: a file picker, and files dropped anywhere on the page; both lead to the report. */
export function ImportControl() {
  const input = useRef<HTMLInputElement>(null);
  const beginImport = useAppStore((s) => s.beginImport);
  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      if (!event.dataTransfer?.files.length) return;
      event.preventDefault();
      beginImport([...event.dataTransfer.files]);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [beginImport]);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>Import data</button>
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
