/**
 * The names of files a reader takes, where a name is all there is to go by: the files of a folder
 * (scan/inputs.ts) and the members of an archive (zip.ts). A file named on the command line is read
 * whatever its name: its bytes say what it is.
 *
 * Delimited text (.csv .tsv .txt .psv .tab), SQL dumps (.sql .dump), JSON (.jsonl .ndjson .json),
 * Parquet and Excel (.xlsx), each optionally .gz or .zst; any other .gz or .zst, and .zip archives.
 */
export const EXPORT_NAME = /\.(?:csv|tsv|txt|psv|tab|sql|dump|jsonl|ndjson|json|parquet|xlsx)(?:\.(?:gz|zst))?$|\.(?:gz|zst|zip)$/i;

/** The name of a SQL dump (a dump's content is told apart from other text by its statements: sql-sniff.ts). */
export const SQL_DUMP_NAME = /\.(?:sql|dump)(?:\.(?:gz|zst))?$/i;

/** An archive's member worth reading: an export's name, but not a ZIP (an archive inside one is not opened). */
export function isExportMember(name: string): boolean {
  return EXPORT_NAME.test(name) && !/\.zip$/i.test(name);
}

/** The name of a JSON export: with it, text that starts as JSON is read as JSON even when it does not parse (jsonl.ts jsonKind). */
export const JSON_NAME = /\.(?:jsonl|ndjson|json)(?:\.(?:gz|zst))?$/i;
