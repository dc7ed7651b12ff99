/**
 * Splits a field name into lower-case latin word tokens: snake, kebab, dots, spaces, camelCase and
 * letter/digit boundaries (`idCardNo` → id card no, `IPv4Addr` → i pv 4 addr, `imei1` → imei 1).
 * Characters other than ASCII letters and digits (Chinese included) separate tokens.
 */
const CAMEL_BOUNDARY = /(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])/g;
const SEPARATORS = /[^a-z0-9]+/;

export function fieldNameTokens(name: string): string[] {
  return name
    .normalize('NFKC')
    .replace(CAMEL_BOUNDARY, ' ')
    .toLowerCase()
    .split(SEPARATORS)
    .filter((t) => t !== '');
}
