import { DOCUMENT_PREFIX } from './vocabulary';
import type { Loose } from '../../model/loose';
import { Source } from '../../model/schema';
import { firstText, texts, type FtmRecord } from './records';

const isWebAddress = (url: string) => Source.shape.url.safeParse(url).success;

/** FtM's document schemata: they become sources, cited by the records that name them as `proof`. */
export const DOCUMENT_SCHEMATA = new Set([
  'Document',
  'Article',
  'PlainText',
  'HyperText',
  'Pages',
  'Page',
  'Table',
  'Image',
  'Video',
  'Audio',
  'Email',
  'Folder',
  'Package',
  'Workbook',
]);

/**
 * The sources of an import: each Document, each `sourceUrl` a record gives, and the file itself for
 * records that give neither. Ids this import makes (the file, a URL) are kept clear of the Documents'.
 * A `sourceUrl` that is not an http(s) address (`javascript:`, `data:`) is reported on its record's
 * line and passed over: a source cannot hold it, and the record must not be lost with it.
 */
export class FtmSources {
  readonly sources: Loose[] = [];
  private readonly taken = new Set<string>();
  private readonly documents = new Map<string, string>();
  private readonly byUrl = new Map<string, string>();
  private fileSourceId: string | undefined;
  /** Records whose bad source URLs were reported: a record may be cited from more than once (its property links). */
  private readonly reported = new WeakSet<FtmRecord>();

  constructor(
    records: readonly FtmRecord[],
    private readonly file: string,
    private readonly problem: (line: number, message: string) => void = () => {},
  ) {
    for (const record of records) {
      if (!DOCUMENT_SCHEMATA.has(record.schema)) continue;
      const id = record.id.startsWith(DOCUMENT_PREFIX) ? record.id.slice(DOCUMENT_PREFIX.length) : record.id;
      for (const key of [record.id, ...record.referents]) this.documents.set(key, id);
      this.taken.add(id);
      const date = firstText(record, 'date', 'publishedAt')?.slice(0, 10);
      const url = this.webAddresses(record)[0];
      const notes = firstText(record, 'description');
      this.sources.push({
        id,
        title: firstText(record, 'title', 'fileName', 'name') ?? record.caption ?? record.id,
        publisher: firstText(record, 'publisher') ?? 'Unknown publisher',
        ...(date ? { date } : {}),
        ...(url ? { url } : {}),
        ...(notes ? { notes } : {}),
      });
    }
  }

  /**
   * Whether the record was written by Supply Lines' own export: it cites the export's `source:`
   * Documents as proof. Only such records are read for the export's marker lines and round ids.
   */
  isOwn(record: FtmRecord): boolean {
    const proofs = texts(record, 'proof');
    return proofs.length > 0 && proofs.every((id) => id.startsWith(DOCUMENT_PREFIX) && this.documents.has(id));
  }

  /** Source ids named by their Document ids (`source:x` → `x`), those the file has. */
  byDocumentIds(ids: readonly string[]): string[] {
    return ids.map((id) => this.documents.get(id)).filter((id) => id !== undefined);
  }

  /** What a record cites: its proof Documents, else its source URLs, else the file. */
  citedBy(record: FtmRecord): string[] {
    const proofs = texts(record, 'proof').map((id) => this.documents.get(id));
    if (proofs.length > 0 && proofs.every((id) => id !== undefined)) return proofs as string[];
    const publisher = firstText(record, 'publisher');
    const ids = this.webAddresses(record).map((url) => {
      let id = this.byUrl.get(url);
      if (!id) {
        id = this.freeId(`src-${this.sources.length}`);
        this.sources.push({ id, title: url, publisher: publisher ?? hostname(url), url });
        this.byUrl.set(url, id);
      }
      return id;
    });
    return ids.length > 0 ? [...new Set(ids)] : [this.fileSource()];
  }

  /** The record's source URLs that are http(s) addresses; each other one is a problem on its line. */
  private webAddresses(record: FtmRecord): string[] {
    const first = !this.reported.has(record);
    this.reported.add(record);
    return texts(record, 'sourceUrl').filter((url) => {
      if (this.byUrl.has(url) || isWebAddress(url)) return true;
      if (first)
        this.problem(
          record.line,
          `${record.schema} "${record.id}" has sourceUrl "${url}", which is not an http(s) address; it is passed over`,
        );
      return false;
    });
  }

  fileSource(): string {
    if (!this.fileSourceId) {
      this.fileSourceId = this.freeId('file');
      this.sources.push({ id: this.fileSourceId, title: this.file, publisher: 'Imported file' });
    }
    return this.fileSourceId;
  }

  private freeId(preferred: string): string {
    let id = preferred;
    for (let n = 2; this.taken.has(id); n++) id = `${preferred}-${n}`;
    this.taken.add(id);
    return id;
  }
}

function hostname(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
