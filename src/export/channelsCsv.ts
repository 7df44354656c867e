import type { OpenChannel } from '../analysis/openChannels';
import { LINK_KIND_PHRASES } from '../graph/labels';
import { CONFIDENCE_LINES } from '../graph/palette';
import type { DatasetIndex } from '../model/datasetIndex';
import { toCsv } from '../formats/shared/csv';

export const CHANNEL_COLUMNS = [
  'Rank',
  'Route',
  'Links',
  'End-user',
  'Steps',
  'Evidence',
  'Closed on',
  'Closed by',
  'Entity ids',
  'Link ids',
];

/**
 * The open channels as a CSV table, one route a row in their ranked order: the route by name, each step
 * with its kind, items and evidence, and the later listing that closed it, with ids to find them again.
 */
export function openChannelsCsv(index: DatasetIndex, channels: readonly OpenChannel[]): string {
  const name = (id: string) => index.entityById.get(id)!.name;
  return toCsv(
    CHANNEL_COLUMNS,
    channels.map((channel, i) => [
      i + 1,
      channel.entities.map(name).join(' → '),
      channel.links.length,
      name(channel.entities.at(-1)!),
      channel.links
        .map(
          (l) =>
            `${name(l.source)} ${LINK_KIND_PHRASES[l.kind]} ${name(l.target)}${l.items.length > 0 ? ` (${l.items.join(', ')})` : ''}`,
        )
        .join('; '),
      channel.links.map((l) => CONFIDENCE_LINES[l.confidence].label).join('; '),
      channel.closedBy?.date ?? '',
      channel.closedBy ? name(channel.closedBy.entityId) : '',
      channel.entities.join(' → '),
      channel.id,
    ]),
  );
}
