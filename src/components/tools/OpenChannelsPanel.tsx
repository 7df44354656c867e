import { authoritiesInDataset } from '../../analysis/authorities';
import { dayBefore } from '../../analysis/calendar';
import { CHANNEL_LIMITS, type OpenChannel } from '../../analysis/openChannels';
import { openChannelsCsv } from '../../export/channelsCsv';
import { downloadBlob } from '../../export/download';
import type { DatasetIndex } from '../../model/datasetIndex';
import { selectChannelsAsOf, selectOpenChannels } from '../../store/channelSelectors';
import { selectEffectiveAsOf } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { PathSteps } from './PathFinder';

const SHOWN_ROUTES = 30;

/**
 * Open channels: routes to a sanctioned end-user still open on the date (or the day before it, the eve
 * of the round `As of` stops at), ranked; choosing one highlights it and lists its steps.
 */
export function OpenChannelsPanel() {
  const index = useAppStore((s) => s.index);
  const { on, authority, dayBefore: onDayBefore, route } = useAppStore((s) => s.tools.channels);
  const result = useAppStore(selectOpenChannels);
  const asOf = useAppStore(selectEffectiveAsOf);
  const channelsAsOf = useAppStore(selectChannelsAsOf);
  const setChannels = useAppStore((s) => s.setChannels);
  const setChannelsAuthority = useAppStore((s) => s.setChannelsAuthority);
  const setChannelsDayBefore = useAppStore((s) => s.setChannelsDayBefore);
  if (!index) return null;
  const shown = result?.channels.slice(0, SHOWN_ROUTES) ?? [];
  return (
    <div className="tool open-channels">
      <label className="toggle">
        <input type="checkbox" checked={on} onChange={(e) => setChannels(e.target.checked)} />
        <strong>Open channels</strong>
      </label>
      {on && (
        <>
          {asOf && (
            <label className="inline-select">
              on{' '}
              <select
                aria-label="Open channels on"
                value={onDayBefore ? 'day-before' : 'as-of'}
                onChange={(e) => setChannelsDayBefore(e.target.value === 'day-before')}
              >
                <option value="as-of">the As of date ({asOf})</option>
                <option value="day-before">the day before ({dayBefore(asOf)})</option>
              </select>
            </label>
          )}
          <label className="inline-select">
            not listed by{' '}
            <select
              aria-label="Open channels authority"
              value={authority ?? ''}
              onChange={(e) => setChannelsAuthority(e.target.value || null)}
            >
              <option value="">any authority</option>
              {authoritiesInDataset(index).map((a) => (
                <option key={a} value={a}>
                  {a}
                </option>
              ))}
            </select>
          </label>
          <p className="hint">
            As of {channelsAsOf ?? 'today'}: goods and payment routes, following the links' direction, to a sanctioned
            end-user through entities not {authority ? `listed by ${authority}` : 'sanctioned'}; shortest first, then
            best evidence.
          </p>
          <ol className="exposure-list" aria-label="Open channels">
            {shown.map((channel) => (
              <ChannelItem key={channel.id} index={index} channel={channel} chosen={channel.id === route} />
            ))}
          </ol>
          {result && result.channels.length === 0 && <p className="hint">No open channel in this view.</p>}
          {result && (
            <CutNote
              shown={shown.length}
              total={result.channels.length}
              cutRoutes={result.cutRoutes}
              cutDepth={result.cutDepth}
            />
          )}
          {result && result.channels.length > 0 && (
            <button
              type="button"
              onClick={() =>
                downloadBlob(
                  `open-channels-${channelsAsOf ?? 'today'}.csv`,
                  new Blob([openChannelsCsv(index, result.channels)], { type: 'text/csv;charset=utf-8' }),
                )
              }
            >
              Export open channels (CSV)
            </button>
          )}
        </>
      )}
    </div>
  );
}

/** One route by its entities' names; choosing it highlights and frames it and lists its steps. */
function ChannelItem({ index, channel, chosen }: { index: DatasetIndex; channel: OpenChannel; chosen: boolean }) {
  const choose = () => {
    const { chooseChannel, fitView } = useAppStore.getState();
    chooseChannel(chosen ? null : channel.id);
    if (!chosen) fitView([...channel.entities, ...channel.links.map((l) => l.id)]);
  };
  return (
    <li>
      <button type="button" className="link-button" aria-pressed={chosen} onClick={choose}>
        {channel.entities.map((id) => index.entityById.get(id)!.name).join(' → ')}
      </button>
      {channel.closedBy && (
        <span className="hint">
          {' '}
          · closed {channel.closedBy.date} ({index.entityById.get(channel.closedBy.entityId)!.name} listed)
        </span>
      )}
      {chosen && <PathSteps index={index} links={channel.links} />}
    </li>
  );
}

/** Says plainly when the bounded search left routes out, and where the rest are. */
function CutNote({
  shown,
  total,
  cutRoutes,
  cutDepth,
}: {
  shown: number;
  total: number;
  cutRoutes: boolean;
  cutDepth: boolean;
}) {
  const notes = [
    ...(total > shown ? [`Showing ${shown} of ${total}; the CSV export lists all ${total}.`] : []),
    ...(cutRoutes ? [`More routes exist: only the ${CHANNEL_LIMITS.maxRoutes} shortest are kept.`] : []),
    ...(cutDepth ? [`Routes longer than ${CHANNEL_LIMITS.maxLinks} links were not followed.`] : []),
  ];
  return notes.length > 0 ? (
    <p className="hint" role="note">
      {notes.join(' ')}
    </p>
  ) : null;
}
