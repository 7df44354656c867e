import { useState, type FormEvent } from 'react';
import type { SavedView } from '../../savedViews/savedViews';
import { useAppStore } from '../../store/useAppStore';

/** `Save view` names the current view and keeps it in this browser; `Saved views` lists them as slides. */
export function SavedViewsPanel() {
  const views = useAppStore((s) => s.savedViews);
  const saveView = useAppStore((s) => s.saveView);
  const applyView = useAppStore((s) => s.applyView);
  const [name, setName] = useState('');
  const [current, setCurrent] = useState<string | null>(null);
  const save = (event: FormEvent) => {
    event.preventDefault();
    saveView(name);
    setName('');
  };
  const show = (id: string) => {
    applyView(id);
    setCurrent(id);
  };
  const position = views.findIndex((v) => v.id === current);
  const step = (delta: number) => {
    const next = views[Math.min(views.length - 1, Math.max(0, position + delta))];
    if (next) show(next.id);
  };
  return (
    <details className="tool" open={views.length > 0}>
      <summary>Saved views</summary>
      <form className="save-view" onSubmit={save}>
        <input
          aria-label="View name"
          placeholder="Name this view"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit">Save view</button>
      </form>
      {views.length > 0 && (
        <>
          <ol className="saved-views" aria-label="Saved views">
            {views.map((view) => (
              <SavedViewItem key={view.id} view={view} current={view.id === current} onShow={() => show(view.id)} />
            ))}
          </ol>
          <div className="slide-controls">
            <button type="button" onClick={() => step(-1)} disabled={position <= 0}>
              Previous view
            </button>
            <span className="muted">
              {position >= 0 ? `${position + 1} of ${views.length}` : `${views.length} saved`}
            </span>
            <button type="button" onClick={() => step(1)} disabled={position >= views.length - 1}>
              Next view
            </button>
          </div>
        </>
      )}
    </details>
  );
}

function SavedViewItem({ view, current, onShow }: { view: SavedView; current: boolean; onShow: () => void }) {
  const renameView = useAppStore((s) => s.renameView);
  const moveSavedView = useAppStore((s) => s.moveSavedView);
  const deleteView = useAppStore((s) => s.deleteView);
  const [editing, setEditing] = useState(false);
  const link = `${window.location.origin}${window.location.pathname}${view.search}`;
  return (
    <li aria-current={current ? 'step' : undefined}>
      {editing ? (
        <input
          aria-label={`New name for ${view.name}`}
          defaultValue={view.name}
          autoFocus
          onBlur={(e) => (renameView(view.id, e.target.value), setEditing(false))}
          onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()}
        />
      ) : (
        <button type="button" className="link-button" onClick={onShow}>
          {view.name}
        </button>
      )}
      <span className="view-actions">
        <button type="button" aria-label={`Rename ${view.name}`} onClick={() => setEditing(true)}>
          ✎
        </button>
        <button type="button" aria-label={`Move ${view.name} up`} onClick={() => moveSavedView(view.id, -1)}>
          ↑
        </button>
        <button type="button" aria-label={`Move ${view.name} down`} onClick={() => moveSavedView(view.id, 1)}>
          ↓
        </button>
        <a href={link} aria-label={`Link to ${view.name}`} title="A link to this view, to copy and share">
          🔗
        </a>
        <button type="button" aria-label={`Delete ${view.name}`} onClick={() => deleteView(view.id)}>
          ×
        </button>
      </span>
    </li>
  );
}
