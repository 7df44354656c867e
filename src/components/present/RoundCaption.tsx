import { selectRoundCaption } from '../../store/presentationSelectors';
import { useAppStore } from '../../store/useAppStore';

/** Names the round(s) of the current `As of` date, how many entities each listed, and its source. */
export function RoundCaptionText() {
  const caption = useAppStore(selectRoundCaption);
  if (!caption) return null;
  return (
    <div className="round-caption" aria-live="polite">
      {caption.rounds.map((round) => (
        <p key={round.label}>
          <strong>{round.label}</strong>: {round.listed} {round.listed === 1 ? 'entity' : 'entities'} in this dataset
          {round.source && <span className="caption-source"> · Source: {round.source}</span>}
        </p>
      ))}
    </div>
  );
}
