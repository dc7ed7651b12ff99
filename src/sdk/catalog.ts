/**
 * The bundled SDK catalog (policies/sdk-catalog.yaml): schema-validated once, then indexed for
 * name, organisation, Maven-coordinate and pod look-ups.
 */
import type { ValidateFunction } from 'ajv';
import { compileSchema, schemaErrorLocation } from '../io/json-schema.js';
import { assetPath, readAsset } from '../assets.js';
import { readBundledYaml } from '../io/bundled.js';
import { InputError } from '../errors.js';
import { nodeAtPath, nodeLocation, parseYamlText, pathKey, yamlToJs, type YamlFile } from '../io/yaml.js';
import type { Location } from '../location.js';
import type { Platform } from '../policy/types.js';
import { nameKey, orgKey } from './keys.js';
import type { CatalogData, CatalogGroup, CatalogOrganization, CatalogSdk, FieldLabel } from './types.js';

const CATALOG_FILE = 'policies/sdk-catalog.yaml';
const SCHEMA_FILE = 'schemas/sdk-catalog.schema.json';

/** A Maven pattern: the whole group, or group + artifact-id prefix. */
interface MavenPattern {
  group: string;
  artifactPrefix: string | null;
  sdk: string;
}

export class Catalog {
  readonly sdks: readonly CatalogSdk[];
  readonly organizations: readonly CatalogOrganization[];
  readonly fieldLabels: readonly FieldLabel[];
  private readonly sdkById = new Map<string, CatalogSdk>();
  private readonly orgById = new Map<string, CatalogOrganization>();
  private readonly groupById = new Map<string, CatalogGroup>();
  private readonly sdkByName = new Map<string, string>();
  private readonly orgByName = new Map<string, string>();
  private readonly labelByName = new Map<string, FieldLabel>();
  private readonly maven: MavenPattern[];

  constructor(data: CatalogData) {
    this.sdks = data.sdks;
    this.organizations = data.organizations;
    this.fieldLabels = data.fieldLabels;
    for (const g of data.groups) this.groupById.set(g.id, g);
    for (const o of data.organizations) {
      this.orgById.set(o.id, o);
      for (const n of organizationNames(o)) this.orgByName.set(orgKey(n), o.id);
    }
    for (const s of data.sdks) {
      this.sdkById.set(s.id, s);
      for (const n of [s.id, s.en, s.zh, ...s.aliases]) this.sdkByName.set(nameKey(n), s.id);
    }
    for (const l of data.fieldLabels) for (const n of labelNames(l)) this.labelByName.set(nameKey(n), l);
    // Longest pattern first: com.umeng.umsdk:xiaomi-push (Mi Push) before com.umeng.umsdk:push.
    this.maven = data.sdks
      .flatMap((s) => (s.maven ?? []).map((m) => parseMavenPattern(m, s.id)))
      .sort((a, b) => patternLength(b) - patternLength(a));
  }

  sdk(id: string): CatalogSdk | undefined {
    return this.sdkById.get(id);
  }

  organization(id: string): CatalogOrganization | undefined {
    return this.orgById.get(id);
  }

  group(id: string): CatalogGroup | undefined {
    return this.groupById.get(id);
  }

  /** Catalog id for a product/scenario name as written ("华为推送SDK", "MiPush"), or null. */
  sdkIdForName(name: string): string | null {
    return this.sdkByName.get(nameKey(name)) ?? null;
  }

  /** Organisation id for a legal-entity name as written, or null when the catalog does not know it. */
  organizationIdForName(name: string): string | null {
    return this.orgByName.get(orgKey(name)) ?? null;
  }

  /** Catalog id for a Maven coordinate (`group:artifact[:version…]`), or null for a plain library. */
  sdkIdForMaven(coordinate: string): string | null {
    const [group = '', artifact = ''] = coordinate.trim().split(':');
    const hit = this.maven.find((p) => p.group === group && (p.artifactPrefix === null || artifact.startsWith(p.artifactPrefix)));
    return hit?.sdk ?? null;
  }

  /** Catalog id for a CocoaPods name; a subspec (`Firebase/Analytics`) counts as its pod. */
  sdkIdForPod(podName: string): string | null {
    const root = podName.trim().split('/')[0] ?? '';
    for (const s of this.sdks) if ((s.pods ?? []).some((p) => podMatches(p, root))) return s.id;
    return null;
  }

  /** Catalog id for a `package` value: a Maven coordinate on Android, a pod name on iOS. */
  sdkIdForPackage(pkg: string, platform: Platform | null): string | null {
    if (pkg.includes(':')) return this.sdkIdForMaven(pkg);
    return platform === 'android' ? null : this.sdkIdForPod(pkg);
  }

  fieldLabel(label: string): FieldLabel | undefined {
    return this.labelByName.get(nameKey(label));
  }

  /** Every SDK name and label (for suggestions). */
  sdkNames(): string[] {
    return this.sdks.flatMap((s) => [s.en, s.zh, ...s.aliases]);
  }

  labelNames(): string[] {
    return this.fieldLabels.flatMap(labelNames);
  }
}

function organizationNames(o: CatalogOrganization): string[] {
  return [o.en, o.zh, ...(o.aliases ?? [])].filter((n): n is string => !!n);
}

function labelNames(l: FieldLabel): string[] {
  return [l.en, l.zh, ...(l.aliases ?? [])].filter((n): n is string => !!n);
}

function parseMavenPattern(pattern: string, sdk: string): MavenPattern {
  const [group = '', artifact] = pattern.split(':');
  return { group, artifactPrefix: artifact ?? null, sdk };
}

function patternLength(p: MavenPattern): number {
  return p.group.length + 1 + (p.artifactPrefix?.length ?? 0);
}

function podMatches(pattern: string, pod: string): boolean {
  return pattern.endsWith('*') ? pod.startsWith(pattern.slice(0, -1)) : pod === pattern;
}

const validators = new WeakMap<object, ValidateFunction>();

function validatorFor(schema: object): ValidateFunction {
  let v = validators.get(schema);
  if (!v) validators.set(schema, (v = compileSchema(schema)));
  return v;
}

/** Validate a parsed catalog document: schema first, then references and ambiguous names. */
export function catalogFromYaml(y: YamlFile, schema: object): Catalog {
  const data = yamlToJs(y);
  const validate = validatorFor(schema);
  if (!validate(data)) {
    const err = validate.errors![0]!;
    throw new InputError(`SDK catalog ${err.instancePath || '/'} ${err.message ?? 'is invalid'}`, schemaErrorLocation(y, err), 'fix the catalog entry against schemas/sdk-catalog.schema.json');
  }
  const catalog = data as CatalogData;
  checkReferences((path) => nodeLocation(y, nodeAtPath(y, path)), catalog);
  return new Catalog(catalog);
}

/** Ids unique, references resolvable, and no name pointing at two entries. */
function checkReferences(locate: (path: (string | number)[]) => Location, data: CatalogData): void {
  const fail = (message: string, path: (string | number)[]) => {
    throw new InputError(`SDK catalog: ${message}`, locate(path), 'each id once; every organization/group reference must exist; a name may belong to one entry only');
  };
  // An id once per kind; a name (keyed) of one owner only.
  const once = (ids: Set<string>, id: string, what: string, path: (string | number)[]) => {
    if (ids.has(id)) fail(`${what} id '${id}' appears twice`, path);
    ids.add(id);
  };
  const owned = (what: string, key: (name: string) => string) => {
    const owners = new Map<string, string>();
    return (name: string, owner: string, path: (string | number)[]) => {
      const other = owners.get(key(name));
      if (other && other !== owner) fail(`${what} '${name}' belongs to both '${other}' and '${owner}'`, path);
      owners.set(key(name), owner);
    };
  };
  const groups = new Set(data.groups.map((g) => g.id));
  const orgs = new Set<string>();
  const orgName = owned('organization name', orgKey);
  data.organizations.forEach((o, i) => {
    once(orgs, o.id, 'organization', ['organizations', i, 'id']);
    if (o.group && !groups.has(o.group)) fail(`organization '${o.id}' names unknown group '${o.group}'`, ['organizations', i, 'group']);
    for (const n of organizationNames(o)) orgName(n, o.id, ['organizations', i]);
  });
  const sdkIds = new Set<string>();
  const sdkName = owned('SDK name', nameKey);
  data.sdks.forEach((s, i) => {
    once(sdkIds, s.id, 'SDK', ['sdks', i, 'id']);
    if (s.organization && !orgs.has(s.organization)) fail(`SDK '${s.id}' names unknown organization '${s.organization}'`, ['sdks', i, 'organization']);
    for (const n of [s.id, s.en, s.zh, ...s.aliases]) sdkName(n, s.id, ['sdks', i]);
  });
  const label = owned('field label', nameKey);
  data.fieldLabels.forEach((l, i) => {
    for (const n of labelNames(l)) label(n, l.en, ['fieldLabels', i]);
  });
}

let cached: Catalog | undefined;

/**
 * The bundled catalog, loaded once per process. Its schema is checked by the tests
 * (test/sdk/catalog-bundled.test.ts), not on every run: compiling it costs more than reading the file.
 * References and names are still checked.
 */
export function loadCatalog(): Catalog {
  if (cached) return cached;
  const { data, locations } = readBundledYaml(CATALOG_FILE);
  checkReferences((path) => locations[pathKey(path)] ?? { file: CATALOG_FILE, line: 1 }, data as CatalogData);
  cached = new Catalog(data as CatalogData);
  return cached;
}

/** The bundled catalog file checked against its schema, as the tests do. */
export function validateBundledCatalog(): Catalog {
  return catalogFromYaml(parseYamlText(assetPath(CATALOG_FILE), readAsset(CATALOG_FILE)), JSON.parse(readAsset(SCHEMA_FILE)) as object);
}
