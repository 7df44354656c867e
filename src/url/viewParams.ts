import { isIsoDate } from '../model/isoDate';
import type { DatasetIndex } from '../model/datasetIndex';
import type { FilterState } from '../filter/filterState';
import { openingFilters } from '../filter/openingFilters';
import { initialToolsState, type Selection, type ToolsState } from '../view/viewState';
import { DIRECTIONS, type Direction } from '../analysis/neighbourhood';

/** The part of the state a URL carries: what a shared link must reproduce. */
export interface ViewParams {
  filters: FilterState;
  selection: Selection;
  tools: ToolsState;
}

const VIEW_KEYS = [
  'countries',
  'asof',
  'hide',
  'rounds',
  'listedby',
  'notlistedby',
  'focus',
  'hops',
  'dir',
  'path',
  'exposure',
  'channels',
  'channelson',
  'route',
  'compare',
  'tab',
  'entity',
  'link',
  'round',
] as const;
const ANY = 'any';
const MAX_HOPS = 3;
// Words for "no restriction", needed when the dataset's opening view has one.
const LATEST = 'latest';
const ALL = 'all';
const SHOWN = 'shown';
// Open channels read on the eve of the As of date; Compare's dates that follow As of.
const DAY_BEFORE = 'day-before';
const PREVIOUS = 'previous';
const CURRENT = 'current';

/**
 * Writes the view into a query string, keeping any other parameters (such as `data`) as they are.
 * Only what differs from the dataset's opening view is written, so the opening view's address is the
 * bare one. Values are comma-separated ids; ids cannot hold commas.
 */
export function writeViewParams(currentSearch: string, view: ViewParams, opening: FilterState): string {
  const params = new URLSearchParams(currentSearch);
  for (const key of VIEW_KEYS) params.delete(key);
  const parts = [...params].map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
  const add = (key: string, value: string) =>
    parts.push(`${key}=${value.split(',').map(encodeURIComponent).join(',')}`);
  const { filters, selection, tools } = view;
  if (!sameList(filters.countries, opening.countries)) add('countries', filters.countries?.join(',') ?? ALL);
  if (filters.asOf !== opening.asOf) add('asof', filters.asOf ?? LATEST);
  if (filters.hideNotYetListed !== opening.hideNotYetListed)
    add('hide', filters.hideNotYetListed ? 'not-yet-listed' : SHOWN);
  if (!sameList(filters.rounds, opening.rounds))
    add('rounds', filters.rounds.length > 0 ? filters.rounds.join(',') : ALL);
  if (filters.listedBy !== null) add('listedby', filters.listedBy);
  if (filters.notListedBy !== null) add('notlistedby', filters.notListedBy);
  if (filters.focus) {
    add('focus', filters.focus.entity);
    add('hops', String(filters.focus.hops));
    add('dir', filters.focus.direction);
  }
  if (tools.path.from || tools.path.to) add('path', `${tools.path.from ?? ''},${tools.path.to ?? ''}`);
  if (tools.exposure.on) add('exposure', tools.exposure.authority ?? ANY);
  if (tools.channels.on) {
    add('channels', tools.channels.authority ?? ANY);
    if (tools.channels.dayBefore) add('channelson', DAY_BEFORE);
    if (tools.channels.route) add('route', tools.channels.route);
  }
  if (tools.compare.on) add('compare', `${tools.compare.from ?? PREVIOUS},${tools.compare.to ?? CURRENT}`);
  if (tools.tab !== 'graph') add('tab', tools.tab);
  if (selection) add(selection.type, selection.id);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** Reads a view from a query string over the dataset's opening view, dropping what the dataset does not know. */
export function readViewParams(search: string, index: DatasetIndex): ViewParams {
  const params = new URLSearchParams(search);
  const list = (key: string) => listOf(key, params);
  const countryCodes = new Set(index.countryCounts.map((c) => c.code));
  const filters: FilterState = openingFilters(index);
  const countries = params.get('countries');
  if (countries !== null)
    filters.countries = countries === ALL ? null : list('countries').filter((code) => countryCodes.has(code));
  const asOf = params.get('asof');
  if (asOf === LATEST) filters.asOf = null;
  else if (asOf && isIsoDate(asOf)) filters.asOf = asOf;
  const hide = params.get('hide');
  if (hide !== null) filters.hideNotYetListed = hide === 'not-yet-listed';
  const rounds = params.get('rounds');
  if (rounds !== null) filters.rounds = rounds === ALL ? [] : list('rounds').filter((id) => index.roundById.has(id));
  const authorities = new Set(index.dataset.rounds.map((r) => r.authority));
  const authority = (key: string) => {
    const value = params.get(key);
    return value !== null && authorities.has(value) ? value : null;
  };
  filters.listedBy = authority('listedby') ?? filters.listedBy;
  filters.notListedBy = authority('notlistedby') ?? filters.notListedBy;
  const focus = params.get('focus');
  if (focus && index.entityById.has(focus)) {
    const hops = Math.min(MAX_HOPS, Math.max(1, Number.parseInt(params.get('hops') ?? '1', 10) || 1));
    const direction = DIRECTIONS.find((d) => d === params.get('dir')) ?? 'both';
    filters.focus = { entity: focus, hops, direction: direction as Direction };
  }
  return {
    filters,
    selection: readSelection(params, index),
    tools: readTools(params, index, authority('exposure'), authority('channels')),
  };
}

function readTools(
  params: URLSearchParams,
  index: DatasetIndex,
  exposureAuthority: string | null,
  channelsAuthority: string | null,
): ToolsState {
  const tools = initialToolsState();
  const [pathFrom, pathTo] = (params.get('path') ?? '').split(',');
  const known = (id: string | undefined) => (id && index.entityById.has(id) ? id : null);
  tools.path = { from: known(pathFrom), to: known(pathTo) };
  if (params.has('exposure')) tools.exposure = { on: true, authority: exposureAuthority };
  if (params.has('channels')) {
    // A route is named by its links; one naming a link the dataset lacks cannot be among the answers.
    const route = listOf('route', params);
    const knownRoute = route.length > 0 && route.every((id) => index.linkById.has(id)) ? route.join(',') : null;
    tools.channels = {
      on: true,
      authority: channelsAuthority,
      dayBefore: params.get('channelson') === DAY_BEFORE,
      route: knownRoute,
    };
  }
  if (params.has('compare')) {
    const [from, to] = (params.get('compare') ?? '').split(',');
    tools.compare = { on: true, from: dateOrNull(from), to: dateOrNull(to) };
  }
  if (params.get('tab') === 'table') tools.tab = 'table';
  return tools;
}

function dateOrNull(value: string | undefined): string | null {
  return value && isIsoDate(value) ? value : null;
}

function listOf(key: string, params: URLSearchParams): string[] {
  return (params.get(key) ?? '').split(',').filter(Boolean);
}

function readSelection(params: URLSearchParams, index: DatasetIndex): Selection {
  const known = { entity: index.entityById, link: index.linkById, round: index.roundById } as const;
  for (const type of ['entity', 'link', 'round'] as const) {
    const id = params.get(type);
    if (id && known[type].has(id)) return { type, id };
  }
  return null;
}

function sameList(a: readonly string[] | null, b: readonly string[] | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
