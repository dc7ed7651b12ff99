/** One location convention everywhere: path as given by the user, 1-based line and column. */
export interface Location {
  file: string;
  /** In a workbook, the sheet's row number: every report format keeps working on lines. */
  line: number;
  column?: number;
  /**
   * In a workbook, the cell as Excel names it (`Sheet1!D7`, or `Sheet1!3:3` for a whole row): what a
   * user types into Excel's Name Box to get there. Messages print it in place of line and column.
   */
  cell?: string;
}

export function formatLocation(loc: Location): string {
  if (loc.cell) return `${loc.file}:${loc.cell}`;
  return loc.column ? `${loc.file}:${loc.line}:${loc.column}` : `${loc.file}:${loc.line}`;
}
