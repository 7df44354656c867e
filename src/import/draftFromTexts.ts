import { extensionOf, formatOf } from '../formats/registry';
import { csvTables } from '../formats/csvTables';
import { parseCsvTables } from '../formats/csvTables/read';
import { validateDataset } from '../validate/validateDataset';
import { headerProblem, previewCsv, type CsvTableMapping } from '../formats/shared/csvMapping';
import { type ImportOutcome, type ImportText, type OnImportProgress } from './importTypes';
import { emptyDraft, type ImportDraft } from '../formats/shared/draft';

export interface DraftOptions {
  /** The user's answer to the mapping step; without it, CSV files with unknown headers ask for one. */
  mappings?: readonly CsvTableMapping[];
  onProgress?: OnImportProgress;
}

/**
 * Turns the text of the files a user gave into a draft, by their format: one Supply Lines JSON file,
 * one FollowTheMoney JSON-lines file, one Consolidated Screening List file (CSV or JSON), one GEXF,
 * GraphML or Cytoscape JSON file, or CSV tables. CSV tables whose headers the app does not recognise ask the user to map their columns first.
 */
export function draftFromTexts(texts: readonly ImportText[], options: DraftOptions = {}): ImportOutcome {
  const onProgress = options.onProgress ?? (() => {});
  const draft = (make: () => ImportDraft): ImportOutcome => {
    const read = make();
    onProgress({ step: 'Checking the records', fraction: null });
    const made = checked(read);
    // Problems met while reading the bytes (an encoding) come first, as they concern every record.
    return { kind: 'draft', draft: { ...made, problems: [...texts.flatMap((t) => t.problems), ...made.problems] } };
  };
  const only = texts.length === 1 ? texts[0]! : null;
  const format = only ? formatOf(only) : null;
  if (only && format?.read) {
    const step = format.id === 'ftm' ? 'Reading records' : 'Reading rows';
    return draft(() => format.read!(only, (fraction) => onProgress({ step, fraction })));
  }
  if (texts.length > 0 && texts.every(isCsv)) {
    if (!options.mappings) {
      const tables = texts.map((t) => previewCsv(t.name, t.text));
      const misshapen = tables.find((t) => headerProblem(t.headers));
      if (misshapen)
        return {
          kind: 'draft',
          draft: emptyDraft(misshapen.file, {
            code: 'wrong-shape',
            file: misshapen.file,
            line: 1,
            message: headerProblem(misshapen.headers)!,
          }),
        };
      if (tables.some((t) => !t.recognised)) return { kind: 'mapping', tables };
    }
    return draft(() =>
      parseCsvTables(texts, options.mappings, (fraction) => onProgress({ step: 'Reading rows', fraction })),
    );
  }
  const names = texts.map((t) => t.name).join(', ');
  return {
    kind: 'draft',
    draft: emptyDraft(names, {
      code: 'unknown-format',
      file: names,
      message:
        'is not a format this version reads: give one Supply Lines JSON file, one FollowTheMoney JSON-lines file, one Consolidated Screening List file (CSV or JSON), one GEXF, GraphML or Cytoscape JSON file, or CSV tables (entities and links)',
    }),
  };
}

/**
 * The last word before the report: a draft passes the same validator that opens datasets, so what the
 * report promises is what will open, and the draft holds what the validator made of it (defaults
 * filled in): the page keeps and opens it as it is, without checking it again (acceptImport). Should a
 * reader ever let an invalid record through, nothing is imported and the validator's findings are the
 * problems.
 */
function checked(draft: ImportDraft): ImportDraft {
  const result = validateDataset(draft.dataset);
  if (result.ok) return { ...draft, dataset: result.dataset };
  const file = draft.problems[0]?.file ?? draft.name;
  return emptyDraft(draft.name, {
    code: 'not-a-dataset',
    file,
    message: `could not be made into a valid dataset (${result.problems.length} problems, first: ${result.problems[0]!.path} ${result.problems[0]!.message}); nothing is imported`,
  });
}

function isCsv(file: { name: string }): boolean {
  return csvTables.extensions!.includes(extensionOf(file.name));
}
