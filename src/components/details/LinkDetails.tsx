import { LINK_KIND_PHRASES } from '../../graph/labels';
import type { DatasetIndex } from '../../model/datasetIndex';
import type { Link } from '../../model/types';
import { useAppStore } from '../../store/useAppStore';
import { LinkFacts } from './LinkItem';
import { SourceList } from './SourceList';

export function LinkDetails({ index, link }: { index: DatasetIndex; link: Link }) {
  const source = index.entityById.get(link.source)!;
  const target = index.entityById.get(link.target)!;
  const selectEntity = useAppStore((s) => s.selectEntity);
  return (
    <>
      <h2 id="details-heading">
        {source.name} → {target.name}
      </h2>
      <p>
        <button type="button" className="link-button" onClick={() => selectEntity(source.id)}>
          {source.name}
        </button>{' '}
        {LINK_KIND_PHRASES[link.kind]}{' '}
        <button type="button" className="link-button" onClick={() => selectEntity(target.id)}>
          {target.name}
        </button>
      </p>
      <LinkFacts link={link} />
      <SourceList index={index} ids={link.sources} />
    </>
  );
}
