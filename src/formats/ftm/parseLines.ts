import { FTM_EDGES } from './vocabulary';
import type { Loose } from '../../model/loose';
import type { ImportDraft, ImportProblem } from '../shared/draft';
import { salvage } from '../shared/salvage';
import { FtmAttachments } from './attachments';
import { FtmCountries } from './countries';
import { entityKindOf, ftmEntity } from './entities';
import { FtmLinks, PROPERTY_LINKS } from './links';
import { readFtmRecords, texts } from './records';
import { FtmSanctions } from './sanctions';
import { DOCUMENT_SCHEMATA, FtmSources } from './sources';
import { formatCount } from '../../model/formatCount';

const EDGE_OF_SCHEMA = new Map(FTM_EDGES.map((edge) => [edge.schema, edge]));

/**
 * FollowTheMoney JSON lines, as OpenSanctions ships them (`entities.ftm.json`, and `targets.nested.json`
 * whose properties hold whole entities). People, companies, organisations, public bodies, vessels and
 * aircraft become entities under their caption; every `Sanction` a listing (undated ones in an undated
 * round); Ownership, Control, Directorship, Employment, Membership, Representation, Family, Associate,
 * Succession, Payment and UnknownLink records links with their share, role and dates; Address,
 * Identification and Passport entities part of their entity; Documents sources. Everything else is
 * counted in the notes, never drawn. Ids named in `referents` resolve to the entity that lists them.
 * `today` decides whether a sanction's end date has passed.
 */
export function parseFtm(
  text: string,
  file: string,
  onProgress: (fraction: number) => void = () => {},
  today = new Date().toISOString().slice(0, 10),
): ImportDraft {
  const { records, problems } = readFtmRecords(text, file, onProgress);
  const problem = (line: number, message: string) => problems.push({ code: 'bad-record', file, line, message });

  const canonical = new Map<string, string>();
  for (const record of records) for (const ref of record.referents) canonical.set(ref, record.id);
  const resolve = (id: string) => canonical.get(id) ?? id;
  const sources = new FtmSources(records, file, problem);
  const countries = new FtmCountries();
  const attachments = new FtmAttachments(records, resolve);

  // What each id is: a drawn entity, or the schema of a record that is not drawn. An id a drawn entity
  // shares with another record (an Ownership reusing a Company's id) still names the entity, so links
  // to it are kept; the check reports the clash itself.
  const drawn = new Set(records.filter((r) => entityKindOf(r, sources.isOwn(r))).map((r) => r.id));
  const schemaOf = new Map<string, string>();
  for (const r of records) if (!schemaOf.has(r.id)) schemaOf.set(r.id, r.schema);
  const standing = (id: string) => (drawn.has(id) ? 'drawn' : schemaOf.get(id));

  const entities: Loose[] = [];
  const entityLines: number[] = [];
  const sanctions = new FtmSanctions({ sources, today, problem });
  const links = new FtmLinks({ sources, resolve, standing, problem });
  const undrawn = new Map<string, number>();
  const sanctionsOfUndrawn = new Map<string, number>();
  for (const record of records) {
    const kind = entityKindOf(record, sources.isOwn(record));
    const edge = EDGE_OF_SCHEMA.get(record.schema);
    if (kind) {
      entities.push(ftmEntity(record, kind, { sources, countries, attachments }));
      entityLines.push(record.line);
      for (const link of PROPERTY_LINKS) links.addProperty(record, link);
    } else if (record.schema === 'Sanction') {
      const targets = texts(record, 'entity').map(resolve);
      if (targets.length === 0) problem(record.line, `Sanction "${record.id}" names no entity; left out`);
      for (const target of targets.filter((t) => standing(t) !== 'drawn' && standing(t) !== undefined)) {
        sanctionsOfUndrawn.set(standing(target)!, (sanctionsOfUndrawn.get(standing(target)!) ?? 0) + 1);
      }
      const listed = targets.filter((t) => standing(t) === 'drawn' || standing(t) === undefined);
      if (listed.length > 0) sanctions.add(record, listed);
    } else if (edge) {
      links.add(record, edge);
    } else if (!DOCUMENT_SCHEMATA.has(record.schema) && !FtmAttachments.isAttachment(record.schema)) {
      undrawn.set(record.schema, (undrawn.get(record.schema) ?? 0) + 1);
    }
  }

  const raw = {
    sources: sources.sources,
    rounds: sanctions.rounds,
    entities,
    listings: sanctions.listings,
    links: links.links,
  };
  const lineOf = new Map<string, readonly number[]>([
    ['entities', entityLines],
    ['rounds', sanctions.roundLines],
    ['listings', sanctions.listingLines],
    ['links', links.lines],
  ]);
  const name = file.replace(/\.(ftm\.)?jsonl?$|\.json$/i, '');
  const salvaged = salvage(raw, file, name, (path) => {
    const [, collection, index] = path.match(/^([a-z]+)\[(\d+)\]/) ?? [];
    return collection ? lineOf.get(collection)?.[Number(index)] : undefined;
  });
  const countryReport = countries.report(file);
  const notes = [
    ...attachments.notes(),
    ...notDrawn(undrawn, links.toUndrawn, sanctionsOfUndrawn),
    ...countryReport.notes,
  ];
  const allProblems: ImportProblem[] = [...problems, ...countryReport.problems, ...salvaged.problems];
  return { name, dataset: salvaged.dataset, problems: allProblems, ...(notes.length > 0 ? { notes } : {}) };
}

/** Counts by schema, most first: `12 Occupancy, 3 Position`. */
function list(counts: Map<string, number>): string[] {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([schema, n]) => `${formatCount(n)} ${schema}`);
}

/** One line for the records that are not drawn, one for the links and sanctions that reach them. */
function notDrawn(records: Map<string, number>, links: Map<string, number>, sanctions: Map<string, number>): string[] {
  const notes: string[] = [];
  if (records.size > 0)
    notes.push(
      `Not drawn: ${list(records).join(', ')} record${[...records.values()].reduce((a, b) => a + b, 0) === 1 ? '' : 's'} (Supply Lines draws parties, vessels and aircraft, and the links and sanctions between them).`,
    );
  const reaching = [...links.values(), ...sanctions.values()].reduce((a, b) => a + b, 0);
  if (reaching > 0) {
    const things = [...new Set([...links.keys(), ...sanctions.keys()])].sort().join(', ');
    notes.push(
      `${formatCount(reaching)} ${reaching === 1 ? 'link or sanction reaches' : 'links and sanctions reach'} a thing that is not drawn (${things}); left out.`,
    );
  }
  return notes;
}
