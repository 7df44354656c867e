import { isKnownCountry } from '../model/countries';
import { readCsvRows } from './csvRows';
import type { ImportDraft, ImportProblem } from './importTypes';
import { salvage } from './salvage';

type Loose = Record<string, unknown>;

/** The agency part of a CSL `source` ("Entity List (EL) - Bureau of Industry and Security"). */
const AUTHORITIES: Record<string, string> = {
  'Bureau of Industry and Security': 'US BIS',
  'State Department': 'US State',
  'Treasury Department': 'US OFAC',
};

/** True when a CSV header or JSON results look like the US Consolidated Screening List. */
export function looksLikeCsl(headerOrKeys: readonly string[]): boolean {
  return ['source', 'name', 'federal_register_notice', 'start_date'].every((key) => headerOrKeys.includes(key));
}

/**
 * The US Consolidated Screening List as trade.gov publishes it, CSV or JSON (`results`). Each row is
 * an entity with a listing; each source list and start date (with its Federal Register notice) is a
 * round; the country comes from the last address's closing code.
 */
export function parseCsl(content: string, file: string, onProgress: (fraction: number) => void = () => {}): ImportDraft {
  const problems: ImportProblem[] = [];
  const rows: Array<{ row: Loose; line: number }> = [];
  const trimmed = content.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('{')) {
    try {
      const results = (JSON.parse(trimmed) as Loose).results;
      if (!Array.isArray(results)) problems.push({ file, message: 'has no "results" list, as the CSL JSON has' });
      else {
        results.forEach((row, i) => {
          if (typeof row === 'object' && row !== null && !Array.isArray(row)) rows.push({ row: row as Loose, line: i + 1 });
          else problems.push({ file, path: `results[${i}]`, message: 'is not a row (an object with the list\'s columns); left out' });
        });
      }
    } catch (error) {
      problems.push({ file, message: `is not valid JSON: ${(error as Error).message}` });
    }
  } else {
    const { headers, rows: csvRows, errors } = readCsvRows(trimmed, onProgress);
    for (const error of errors) problems.push({ file, line: error.line, message: error.message });
    for (const { cells, line } of csvRows) {
      // No prototype: a column named "__proto__" stays a plain key.
      const row: Loose = Object.create(null);
      headers.forEach((header, i) => (row[header] = cells[i] ?? ''));
      rows.push({ row, line });
    }
  }

  const raw = { sources: [] as Loose[], rounds: [] as Loose[], entities: [] as Loose[], listings: [] as Loose[], links: [] };
  const lines = new Map<string, number>();
  const roundIds = new Set<string>();
  const sourceId = (url: string) => {
    let source = raw.sources.find((s) => s.url === url);
    if (!source) raw.sources.push((source = { id: `csl-source-${raw.sources.length + 1}`, title: url, publisher: 'US Consolidated Screening List', url }));
    return source.id as string;
  };
  for (const { row, line } of rows) {
    const text = (key: string) => (typeof row[key] === 'string' ? (row[key] as string).trim() : '');
    const list = (key: string) => (Array.isArray(row[key]) ? (row[key] as unknown[]).map(String) : text(key) ? [text(key)] : []).flatMap((v) => v.split(/;\s*(?:and\s+)?/)).map((v) => v.trim()).filter(Boolean);
    const [listName = text('source'), agency = ''] = text('source').split(' - ');
    const date = text('start_date').slice(0, 10);
    if (!text('name') || !date) {
      problems.push({ file, line, message: `has no ${text('name') ? 'start_date' : 'name'}; the row is left out` });
      continue;
    }
    const url = text('source_information_url') || text('source_list_url');
    const sources = url ? [sourceId(url)] : [sourceId('https://www.trade.gov/consolidated-screening-list')];
    const roundId = `${listName}-${date}`.replace(/[^A-Za-z0-9._:-]+/g, '-');
    if (!roundIds.has(roundId)) {
      roundIds.add(roundId);
      lines.set(`rounds[${raw.rounds.length}]`, line);
      raw.rounds.push({ id: roundId, authority: AUTHORITIES[agency] ?? (agency || 'US'), list: listName, date, ...(text('federal_register_notice') ? { citation: text('federal_register_notice') } : {}), sources });
    }
    const number = text('entity_number');
    const id = (number ? `ofac-${number}` : `csl-${text('_id') || text('id') || raw.entities.length + 1}`).replace(/[^A-Za-z0-9._:-]+/g, '-');
    lines.set(`entities[${raw.entities.length}]`, line);
    raw.entities.push({
      id,
      name: text('name'),
      aliases: list('alt_names'),
      kind: text('type') === 'Individual' ? 'person' : 'company',
      role: 'other',
      ...countryOf(row),
      ...(text('remarks') ? { notes: text('remarks') } : {}),
      sources,
    });
    lines.set(`listings[${raw.listings.length}]`, line);
    raw.listings.push({ entity: id, round: roundId, ...(text('license_requirement') ? { reason: text('license_requirement') } : {}), sources });
  }
  const name = file.replace(/\.(csv|json)$/i, '');
  const salvaged = salvage(raw, file, name, (path) => lines.get(path.match(/^[a-z]+\[\d+\]/)?.[0] ?? ''));
  return { name, dataset: salvaged.dataset, problems: [...problems, ...salvaged.problems] };
}

/** The country code that closes the last address ("…, Shijiazhuang, Hebei Province, CN"), if known. */
function countryOf(row: Loose): { country?: string } {
  const addresses = row.addresses;
  const last = Array.isArray(addresses)
    ? String((addresses.at(-1) as Loose | undefined)?.country ?? '')
    : String(addresses ?? '').split(/;\s*(?:and\s+)?/).at(-1)?.split(',').at(-1)?.trim() ?? '';
  const code = last.toUpperCase();
  return /^[A-Z]{2}$/.test(code) && isKnownCountry(code) ? { country: code } : {};
}
