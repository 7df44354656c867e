// The state of one graph file's reading (graphDraft.ts drives it): the records gathered from nodes and
// edges, the ids given out, the defaults counted, and the problems said of the element they came from.
import { UNKNOWN_COUNTRY } from '../../model/countries';
import { isObject, type Loose } from '../../model/loose';
import { restoreRound } from '../../model/migrate';
import { Source } from '../../model/schema';
import type { Dataset } from '../../model/types';
import { arrayOf, idList, objectOf, own, Reader, type GraphElement, type Report, type Where } from './graphReader';
import { listingFields } from './listingEntry';
import { confidenceOf, countryCodeOf, entityKindOf, idMaker, linkKindOf, roleOf } from './importFields';
import type { ImportDraft, ImportProblem } from './draft';
import { openingViewOf, salvage } from './salvage';

/** Where a problem of the file as a whole is said to be. */
export const WHOLE_FILE: Where = { path: 'the file' };
/** What a missing field becomes, said of one record and of several. */
const DEFAULTS = {
  kind: ['entity has no kind; it is imported as a company', 'entities have no kind; they are imported as companies'],
  role: ['entity has no role; imported as other', 'entities have no role; imported as other'],
  country: ['entity has no country; filed under Unknown', 'entities have no country; filed under Unknown'],
  type: ['edge has no type; imported as supplies', 'edges have no type; imported as supplies'],
  undirectedType: [
    'undirected edge has no type; imported as associated-with',
    'undirected edges have no type; imported as associated-with',
  ],
};
type RecordName = 'sources' | 'rounds' | 'entities' | 'listings' | 'links';

/** The draft as it is being read, with where each record came from, so the check's problems name the node. */
export class GraphReading {
  private readonly raw: Record<RecordName, Loose[]> = {
    sources: [],
    rounds: [],
    entities: [],
    listings: [],
    links: [],
  };
  private readonly where: Record<RecordName, Where[]> = {
    sources: [],
    rounds: [],
    entities: [],
    listings: [],
    links: [],
  };
  private readonly nodeIds = idMaker('entity');
  private readonly linkIds = idMaker('link', (id) => this.nodeIds.has(id));
  /** The file's node ids, and the dataset ids they became. */
  private readonly nodeIdOf = new Map<string, string>();
  private readonly edgeIds = new Set<string>();
  private readonly absent = { kind: 0, role: 0, country: 0, type: 0, undirectedType: 0 };
  /** The first source and round of each id, so records that carry the same ones are matched at once. */
  private readonly byId = { sources: new Map<string, Loose>(), rounds: new Map<string, Loose>() };
  /** The ids of the sources that are valid, which records may cite. */
  private readonly citable = new Set<string>();
  private fileSource = '';

  constructor(
    private readonly file: string,
    private readonly problems: ImportProblem[],
  ) {}

  readonly report: Report = (where, message) => {
    this.problems.push({
      code: 'bad-record',
      file: this.file,
      ...(where.line !== undefined ? { line: where.line } : {}),
      path: where.path,
      message,
    });
  };

  /** Adds the sources or rounds a record carries, once each; one that differs from the first of its id gives a problem. */
  collect(name: 'sources' | 'rounds', value: unknown, at: Where) {
    arrayOf(value, at, name, this.report).forEach((item, i) => {
      const path = { line: at.line, path: `${at.path}.${name}[${i}]` };
      const record = objectOf(
        name === 'rounds' ? restoreRound(item) : item,
        path,
        `a record of "${name}"`,
        this.report,
      );
      if (!record) return;
      if (typeof record.id !== 'string') return this.report(path, 'has no id; it is passed over');
      const first = this.byId[name].get(record.id);
      if (first && JSON.stringify(first) !== JSON.stringify(record))
        this.report(path, `describes "${record.id}" otherwise than an earlier record; the first is kept`);
      if (first) return;
      this.add(name, path, record);
      if (name === 'sources' && Source.safeParse(record).success) this.citable.add(record.id);
    });
  }

  node(node: GraphElement, read: Reader, names: readonly string[], withListings: boolean) {
    const rawId = read.text(node.id, 'id');
    if (!rawId) return this.report(node, 'has no id; the node is left out');
    if (this.nodeIdOf.has(rawId))
      return this.report(node, `has the id "${rawId}" of an earlier node; the node is left out`);
    const id = this.nodeIds(rawId);
    this.nodeIdOf.set(rawId, id);
    const kindText = read.attribute('kind', 'type');
    const roleText = read.attribute('role');
    const countryText = read.attribute('country');
    const kind = entityKindOf(kindText, read.warn);
    const role = roleOf(roleText, read.warn);
    const country = countryText ? countryCodeOf(countryText) : UNKNOWN_COUNTRY;
    if (!country)
      read.warn(`country "${countryText}" is neither a country code nor an English country name; filed under Unknown`);
    this.absent.kind += kindText ? 0 : 1;
    this.absent.role += roleText ? 0 : 1;
    this.absent.country += countryText ? 0 : 1;
    this.add('entities', node, {
      id,
      name: read.text(node.label, 'label') || read.attribute(...names) || rawId,
      aliases: read.list('aliases'),
      kind,
      role,
      country: country ?? UNKNOWN_COUNTRY,
      ...read.facts('countries'),
      ...read.optional('city'),
      ...read.facts('addresses'),
      ...read.facts('identifiers'),
      ...read.optional('notes', 'uncertain'),
      sources: this.cite(read.sourceIds(), node),
    });
    if (!withListings) return;
    arrayOf(read.structured('listings'), node, 'listings', this.report).forEach((entry, i) =>
      this.listing(entry, id, { line: node.line, path: `${node.path}.listings[${i}]` }, true),
    );
  }

  /** The dataset record's listings, but for those of entities that are not nodes of the file (cut out in Gephi, say). */
  datasetListings(listings: unknown[], at: Where) {
    let elsewhere = 0;
    listings.forEach((entry, i) => {
      const rawEntity = isObject(entry) ? own(entry, 'entity') : undefined;
      const entity = typeof rawEntity === 'string' ? this.nodeIdOf.get(rawEntity) : undefined;
      if (entity) this.listing(entry, entity, { line: at.line, path: `${at.path}.listings[${i}]` }, false);
      else elsewhere++;
    });
    if (elsewhere > 0)
      this.report(at, `${elsewhere} listings are of entities that are not nodes of the file; they are left out`);
  }

  /** A listing of the dataset record, or an `entry` a node carries (see listingEntry.ts). */
  private listing(value: unknown, entity: string, at: Where, entry: boolean) {
    const listing = objectOf(value, at, 'a listing', this.report);
    if (!listing) return;
    const round = own(listing, 'round');
    const roundDate = typeof round === 'string' ? this.byId.rounds.get(round)?.date : undefined;
    const citeEnd = (ids: unknown) => this.citedOnly(idList(ids), { line: at.line, path: `${at.path}.end` });
    const fields = listingFields(listing, { entry, roundDate, citeEnd });
    this.add('listings', at, {
      entity,
      round,
      ...fields,
      sources: this.cite(listing.source_ids ?? listing.sources, at),
    });
  }

  edge(edge: GraphElement, read: Reader, index: number) {
    const ends = [read.text(edge.source, 'source'), read.text(edge.target, 'target')];
    const missing = ends.find((end) => !this.nodeIdOf.has(end));
    if (missing !== undefined)
      return this.report(
        edge,
        missing
          ? `joins node "${missing}", which is not in the file; the edge is left out`
          : 'lacks a source or a target; the edge is left out',
      );
    const rawId = read.text(edge.id, 'id') || `link-${index + 1}`;
    if (this.edgeIds.has(rawId))
      return this.report(edge, `has the id "${rawId}" of an earlier edge; the edge is left out`);
    this.edgeIds.add(rawId);
    const written =
      read.attribute('kind', 'type', 'interaction') || read.text(edge.label, 'label') || read.attribute('label');
    // Gephi's edge type says whether an edge is directed, not what it means; without a direction it cannot mean "supplies".
    const direction = /^(directed|undirected|mixed)$/i.test(written) ? written.toLowerCase() : undefined;
    const type = direction ? '' : written;
    const undirected = edge.directed === false || direction === 'undirected';
    if (!type) this.absent[undirected ? 'undirectedType' : 'type'] += 1;
    const { kind, note } = type || !undirected ? linkKindOf(type, read.warn) : { kind: 'associated-with' as const };
    const confidenceText = read.attribute('confidence');
    const confidence = confidenceOf(confidenceText);
    if (confidenceText && confidence !== confidenceText.toLowerCase())
      read.warn(`confidence "${confidenceText}" is not official, reported or inferred; imported as reported`);
    const period = read.period();
    const notes = [read.attribute('notes'), note].filter(Boolean).join(' ');
    this.add('links', edge, {
      id: this.linkIds(rawId),
      source: this.nodeIdOf.get(ends[0]!),
      target: this.nodeIdOf.get(ends[1]!),
      kind,
      items: read.list('items'),
      ...read.share(),
      ...read.optional('role'),
      ...read.quotes(),
      ...(period ? { period } : {}),
      confidence,
      ...(notes ? { notes } : {}),
      ...read.optional('uncertain'),
      sources: this.cite(read.sourceIds(), edge),
    });
  }

  /** The sources a record cites that the file has; with none, the imported file itself. */
  private cite(value: unknown, at: Where): string[] {
    const ids = this.citedOnly(idList(value), at);
    if (ids.length > 0) return ids;
    if (!this.fileSource) {
      this.fileSource = idMaker('imported-file', (id) => this.byId.sources.has(id))('imported-file');
      this.citable.add(this.fileSource);
      this.add('sources', WHOLE_FILE, { id: this.fileSource, title: this.file, publisher: 'Imported file' });
    }
    return [this.fileSource];
  }

  /** The ids of sources the file has and that are valid; each other one gives a problem. */
  private citedOnly(ids: string[], at: Where): string[] {
    return ids.filter(
      (id) =>
        this.citable.has(id) ||
        (this.report(at, `cites source "${id}", which is not in the file or not valid; the citation is dropped`),
        false),
    );
  }

  private add(name: RecordName, at: Where, record: Loose) {
    this.raw[name].push(record);
    if ((name === 'sources' || name === 'rounds') && typeof record.id === 'string' && !this.byId[name].has(record.id))
      this.byId[name].set(record.id, record);
    this.where[name].push(at);
  }

  finish(name: string, dataset: Loose | undefined, recordAt: Where | undefined): ImportDraft {
    for (const [field, count] of Object.entries(this.absent))
      if (count > 0)
        this.report(WHOLE_FILE, `${count} ${DEFAULTS[field as keyof typeof DEFAULTS][count === 1 ? 0 : 1]}`);
    const text = (key: string) => {
      const value = dataset ? own(dataset, key) : undefined;
      return typeof value === 'string' && value.trim() ? value.trim() : undefined;
    };
    const title = text('title') ?? name;
    const description = text('description');
    const salvaged = salvage(this.raw, this.file, title);
    const view = dataset && recordAt ? this.view(own(dataset, 'view'), salvaged.dataset.rounds, recordAt) : undefined;
    return {
      name: title,
      dataset: { ...salvaged.dataset, ...(description ? { description } : {}), ...(view ? { view } : {}) },
      problems: [...this.problems, ...salvaged.problems.map((problem) => this.relocate(problem))],
    };
  }

  /** The dataset record's opening view, if it is valid, showing only rounds the draft has. */
  private view(value: unknown, rounds: ReadonlyArray<{ id: string }>, at: Where): Dataset['view'] {
    const { view, problem } = openingViewOf(value, rounds);
    if (problem) this.report(at, problem);
    return view;
  }

  /** A problem the check found in `entities[3]` of the draft, said of the node it came from. */
  private relocate(problem: ImportProblem): ImportProblem {
    const match = problem.path?.match(/^(sources|rounds|entities|listings|links)\[(\d+)\](.*)$/);
    const at = match ? this.where[match[1] as RecordName][Number(match[2])] : undefined;
    if (!match || !at) return problem;
    return { ...problem, ...(at.line !== undefined ? { line: at.line } : {}), path: `${at.path}${match[3]}` };
  }
}
