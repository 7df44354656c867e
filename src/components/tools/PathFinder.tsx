import { CONFIDENCE_LINES } from '../../graph/palette';
import { LINK_KIND_PHRASES } from '../../graph/labels';
import type { DatasetIndex } from '../../model/datasetIndex';
import type { Link } from '../../model/types';
import { selectPaths } from '../../store/toolSelectors';
import { useAppStore } from '../../store/useAppStore';
import { SourceList } from '../details/SourceList';
import { EntityPicker } from '../search/EntityPicker';

/** Find path: choose two entities; the shortest directed supply paths are highlighted and listed. */
export function PathFinder() {
  const index = useAppStore((s) => s.index);
  const path = useAppStore((s) => s.tools.path);
  const paths = useAppStore(selectPaths);
  const setPathEnd = useAppStore((s) => s.setPathEnd);
  const clearPath = useAppStore((s) => s.clearPath);
  if (!index) return null;
  const name = (id: string | null) => (id ? index.entityById.get(id)?.name : undefined);
  return (
    <details className="tool path-finder" open={Boolean(path.from || path.to)}>
      <summary>Find path</summary>
      <EntityPicker
        label="From"
        placeholder="From (supplier)"
        chosenName={name(path.from)}
        onChoose={(id) => setPathEnd('from', id)}
      />
      <EntityPicker
        label="To"
        placeholder="To (customer)"
        chosenName={name(path.to)}
        onChoose={(id) => setPathEnd('to', id)}
      />
      {(path.from || path.to) && (
        <button type="button" onClick={clearPath}>
          Clear path
        </button>
      )}
      {paths && paths.length === 0 && (
        <p className="path-none" role="note">
          No supply path leads from {name(path.from)} to {name(path.to)} following the links' direction.
        </p>
      )}
      {paths && paths.length > 0 && (
        <div aria-label="Paths found" role="region">
          <p>
            {paths.length === 1 ? 'Shortest path' : `${paths.length} shortest paths`}: {paths[0]!.length} link
            {paths[0]!.length === 1 ? '' : 's'}
          </p>
          {paths.map((links, i) => (
            <section key={i} aria-label={`Path ${i + 1}`}>
              {paths.length > 1 && <h4>Path {i + 1}</h4>}
              <PathSteps index={index} links={links} />
            </section>
          ))}
        </div>
      )}
    </details>
  );
}

/** A route's links in order, each with its items, evidence and sources; Open channels lists its routes the same way. */
export function PathSteps({ index, links }: { index: DatasetIndex; links: readonly Link[] }) {
  const selectLink = useAppStore((s) => s.selectLink);
  return (
    <ol className="path-steps">
      {links.map((link) => (
        <li key={link.id}>
          <button type="button" className="link-button" onClick={() => selectLink(link.id)}>
            {index.entityById.get(link.source)!.name} {LINK_KIND_PHRASES[link.kind]}{' '}
            {index.entityById.get(link.target)!.name}
          </button>
          {link.items.length > 0 && <div>Items: {link.items.join(', ')}</div>}
          <div>
            Evidence: {CONFIDENCE_LINES[link.confidence].label}
            {link.uncertain ? ' (uncertain)' : ''}
          </div>
          <SourceList index={index} ids={link.sources} />
        </li>
      ))}
    </ol>
  );
}
