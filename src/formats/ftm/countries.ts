import { countryName, isKnownCountry, UNKNOWN_COUNTRY } from '../../model/countries';
import type { ImportProblem } from '../shared/draft';

/**
 * FtM's country codes beyond ISO 3166-1 (formats.md §1.4). Those written `xx-…` are regions of the
 * country `xx` and are filed under it; the others name no single country and are left out.
 */
const EXTENSION_NAMES = new Map<string, string>([
  ['eu', 'European Union'],
  ['un', 'United Nations'],
  ['zz', 'global'],
  ['cshh', 'Czechoslovakia'],
  ['csxx', 'Serbia and Montenegro'],
  ['suhh', 'Soviet Union'],
  ['yucs', 'Yugoslavia'],
  ['x-so', 'South Ossetia'],
  ['az-nk', 'Artsakh'],
  ['cn-xz', 'Tibet'],
  ['cy-trnc', 'Northern Cyprus'],
  ['gb-nir', 'Northern Ireland'],
  ['gb-sct', 'Scotland'],
  ['gb-wls', 'Wales'],
  ['ge-ab', 'Abkhazia'],
  ['iq-kr', 'Kurdistan'],
  ['md-pmr', 'Transnistria'],
  ['pk-km', 'Azad Kashmir'],
  ['so-som', 'Somaliland'],
  ['ua-cri', 'Crimea'],
  ['ua-dpr', 'the so-called Donetsk People’s Republic'],
  ['ua-lpr', 'the so-called Luhansk People’s Republic'],
]);

interface Seen {
  line: number;
  lines: Set<number>;
  filedUnder?: string;
}

/**
 * Reads FtM country codes (lowercase, with FtM's own extensions) into the ISO codes Supply Lines knows,
 * and says once per code, with the first line it is on, what became of one it does not know.
 */
export class FtmCountries {
  private readonly seen = new Map<string, Seen>();

  /** The ISO code for an FtM country value, or undefined when it names no country Supply Lines knows. */
  code(value: string, line: number): string | undefined {
    const raw = value.trim().toLowerCase();
    const upper = raw.toUpperCase();
    if (isKnownCountry(upper) && upper !== UNKNOWN_COUNTRY) return upper;
    const region = raw.match(/^([a-z]{2})-[a-z]+$/)?.[1]?.toUpperCase();
    const filedUnder = region && isKnownCountry(region) ? region : undefined;
    const seen = this.seen.get(raw);
    if (seen) seen.lines.add(line);
    else this.seen.set(raw, { line, lines: new Set([line]), ...(filedUnder ? { filedUnder } : {}) });
    return filedUnder;
  }

  /** Codes left out, as problems; codes filed under their country, as notes. */
  report(file: string): { problems: ImportProblem[]; notes: string[] } {
    const problems: ImportProblem[] = [];
    const notes: string[] = [];
    for (const [code, { line, lines, filedUnder }] of this.seen) {
      const name = EXTENSION_NAMES.get(code);
      const named = name ? `"${code}" (${name})` : `"${code}"`;
      const where = lines.size > 1 ? ` (on ${lines.size} lines, the first given)` : '';
      if (filedUnder)
        notes.push(
          `Country ${named} is filed under ${countryName(filedUnder)} (${filedUnder})${lines.size > 1 ? ` on ${lines.size} lines` : ''}.`,
        );
      else
        problems.push({
          code: 'unknown-country',
          file,
          line,
          message: `country ${named} is not a country Supply Lines knows; it is left out${where}`,
        });
    }
    return { problems, notes };
  }
}
