import { CONFIDENCE_LINES } from '../../graph/palette';
import { LINK_KIND_PHRASES, shareText } from '../../graph/labels';
import type { DatasetIndex } from '../../model/datasetIndex';
import type { Link } from '../../model/types';
import { useAppStore } from '../../store/useAppStore';
import { SourceList } from './SourceList';
import { UncertainNote } from './UncertainNote';

/** One link as seen from `fromEntity`: what flows, to or from whom, how sure we are, and the sources. */
export function LinkItem({ index, link, fromEntity }: { index: DatasetIndex; link: Link; fromEntity: string }) {
  const outgoing = link.source === fromEntity;
  const other = index.entityById.get(outgoing ? link.target : link.source)!;
  const selectEntity = useAppStore((s) => s.selectEntity);
  const selectLink = useAppStore((s) => s.selectLink);
  return (
    <li>
      <div>
        {outgoing ? <>{LINK_KIND_PHRASES[link.kind]} → </> : <>← {LINK_KIND_PHRASES[link.kind]} by </>}
        <button type="button" className="link-button" onClick={() => selectEntity(other.id)}>
          {other.name}
        </button>{' '}
        <button
          type="button"
          className="link-button small"
          onClick={() => selectLink(link.id)}
          aria-label={`Link details: ${link.id}`}
        >
          details
        </button>
      </div>
      <LinkFacts link={link} />
      <SourceList index={index} ids={link.sources} />
    </li>
  );
}

/** Share, role, items, period, confidence, notes and uncertainty of a link. */
export function LinkFacts({ link }: { link: Link }) {
  const period = link.period ? [link.period.from ?? '…', link.period.to ?? '…'].join(' – ') : null;
  return (
    <>
      {link.share !== undefined && <div>Share: {shareText(link.share)}</div>}
      {link.role && <div>Role: {link.role}</div>}
      {link.items.length > 0 && <div>Items: {link.items.join(', ')}</div>}
      {period && <div>Period: {period}</div>}
      <div>
        Evidence:{' '}
        <span className={`badge confidence-${link.confidence}`}>{CONFIDENCE_LINES[link.confidence].label}</span>
      </div>
      {link.quotes?.map((quote) => (
        <blockquote key={`${quote.source}:${quote.text}`} className="quote">
          “{quote.text}”
        </blockquote>
      ))}
      {link.notes && <div>{link.notes}</div>}
      <UncertainNote text={link.uncertain} />
    </>
  );
}
