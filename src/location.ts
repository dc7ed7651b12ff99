/** One location convention everywhere: path as given by the user, 1-based line and column. */
export interface Location {
  file: string;
  line: number;
  column?: number;
}

export function formatLocation(loc: Location): string {
  return loc.column ? `${loc.file}:${loc.line}:${loc.column}` : `${loc.file}:${loc.line}`;
}
