/** What a reader gives for a file, collected by a sink as the scan driver's: tables, records with their lines, problems. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openEntries } from '../../../src/load/exports/entries.js';
import type { ExportReader, ReadProblem, TableStart } from '../../../src/load/exports/types.js';
import { tempFolder } from '../../helpers/temp-folder.js';

export interface Read {
  tables: (TableStart & { records: string[][]; lines: number[] })[];
  problems: ReadProblem[];
}

/** Every entry of the file through the reader; `fullAfter`: the sink says full after that many records. */
export async function readAll(reader: ExportReader, file: string, fullAfter = Infinity): Promise<Read> {
  const out: Read = { tables: [], problems: [] };
  for await (const entry of openEntries(file)) {
    let seen = 0;
    await reader.read(
      entry,
      {
        begin: (t) => void out.tables.push({ ...t, records: [], lines: [] }),
        records: (records, lines) => {
          const t = out.tables.at(-1)!;
          records.forEach((r, i) => {
            t.records.push(r.slice());
            t.lines.push(lines[i]!);
          });
          seen += records.length;
        },
        problem: (p) => void out.problems.push(p),
        get full() {
          return seen >= fullAfter;
        },
      },
      { maxFieldChars: 1 << 20 },
    );
  }
  return out;
}

/** A table's records as objects keyed by column (one per record). */
export function rowsOf(t: Read['tables'][number]): Record<string, string>[] {
  return t.records.map((r) => Object.fromEntries(t.columns.map((c, i) => [c, r[i]!])));
}

const dir = tempFolder('privaudit-readers-');
let n = 0;

/** A file in a temp folder holding `data`. */
export function fileOf(name: string, data: string | Uint8Array): string {
  const path = join(dir, `${n++}-${name}`);
  writeFileSync(path, data);
  return path;
}
