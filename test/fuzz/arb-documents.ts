/**
 * Settings documents: policy packs, privaudit.config.yaml, waivers, baselines and scan mappings.
 * Each is generated near its schema (so validation gets past the first key) and then damaged
 * structurally — a key dropped, a value of the wrong type, an unknown or prototype key, a subtree
 * copied where it does not belong — and written as block YAML, flow YAML or JSON.
 */
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { RULES } from '../../src/check/registry.js';
import { cellValue, KNOWN_VALUES, longRun, PROTO_KEYS, text } from './arbitraries.js';
import { packSeeds } from './seeds.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Small values of every JSON type, strings drawn from the readers' vocabulary. */
export const jsonLeaf: fc.Arbitrary<Json> = fc.oneof(
  { weight: 4, arbitrary: cellValue },
  { weight: 1, arbitrary: fc.constantFrom<Json>(null, true, false, 0, -1, 1.5, 1e21, '', [], {}) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.constantFrom(...PROTO_KEYS) },
);

const jsonValue: fc.Arbitrary<Json> = fc.letrec<{ value: Json }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    jsonLeaf,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.array(fc.tuple(fc.oneof(fc.constantFrom(...PROTO_KEYS, 'a/b', '~0', 'x~1y', ''), text), tie('value')), { maxLength: 3 }).map((e) => Object.fromEntries(e) as Json),
  ),
})).value;

type Edit = { kind: 'set' | 'delete' | 'add-key' | 'copy' | 'wrap'; path: number[]; key: string; value: Json };

const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('set', 'set', 'delete', 'add-key', 'copy', 'wrap'),
  path: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
  key: fc.oneof(fc.constantFrom(...PROTO_KEYS), fc.constantFrom('extends', 'id', 'items', 'cite', 'period', 'rules', 'policies'), text),
  value: jsonValue,
});

type Container = Json[] | { [key: string]: Json };

function isContainer(v: Json | undefined): v is Container {
  return typeof v === 'object' && v !== null;
}

/** Walk `path` (each step picks a child by index modulo the child count); the parent and key of the last step. */
function locateStep(root: Json, path: number[]): { parent: Container; key: string | number } | null {
  let node = root;
  let found: { parent: Container; key: string | number } | null = null;
  for (const step of path) {
    if (!isContainer(node)) break;
    const keys: (string | number)[] = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[step % keys.length]!;
    found = { parent: node, key };
    node = (node as Record<string | number, Json>)[key]!;
  }
  return found;
}

function setChild(parent: Container, key: string | number, value: Json): void {
  if (Array.isArray(parent)) parent[key as number] = value;
  else Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Apply one edit to `root` (mutated in place). The edit's value is cloned: fast-check hands the same
 * generated objects to every shrinking attempt, so mutating them would build cycles across attempts.
 */
function applyEdit(root: Json, edit: Edit): Json {
  const e = { ...edit, value: structuredClone(edit.value) };
  const at = locateStep(root, e.path);
  if (!at) return e.kind === 'set' ? e.value : root;
  const { parent, key } = at;
  const current = (parent as Record<string | number, Json>)[key]!;
  if (e.kind === 'set') setChild(parent, key, e.value);
  else if (e.kind === 'delete') Array.isArray(parent) ? parent.splice(key as number, 1) : delete parent[key as string];
  else if (e.kind === 'add-key' && isContainer(current) && !Array.isArray(current)) setChild(current, e.key, e.value);
  else if (e.kind === 'copy') setChild(parent, key, structuredClone(root));
  else if (e.kind === 'wrap') setChild(parent, key, [current]);
  return root;
}

export type Style = 'block' | 'flow' | 'json';

export function render(data: unknown, style: Style): string {
  if (style === 'json') return JSON.stringify(data, null, 2) ?? 'null';
  return stringify(data, { collectionStyle: style === 'flow' ? 'flow' : 'block', lineWidth: 0, aliasDuplicateObjects: false });
}

/** A document built from `base` with one to five structural edits, rendered in some style. */
export function edited(base: fc.Arbitrary<Json>): fc.Arbitrary<string> {
  return fc
    .tuple(base, fc.oneof(fc.constant<Edit[]>([]), fc.array(edit, { minLength: 1, maxLength: 2 }), fc.array(edit, { maxLength: 5 })), fc.constantFrom<Style>('block', 'block', 'flow', 'json'))
    .map(([data, edits, style]) => render(edits.reduce(applyEdit, structuredClone(data)), style));
}

// --- policy packs ---------------------------------------------------------------------------------

const PACKS = packSeeds.flatMap((t) => {
  try {
    const data = parse(t) as Json;
    return isContainer(data) ? [data] : [];
  } catch {
    return [];
  }
});

const DURATIONS = ['5y', '3 working days', '30d', 'P1Y6M', '9999999999 working days', '99999999999999999999d', '0d', '1 wd'];

/** Packs: a bundled one (or its extension) structurally damaged, or its text mutated by the caller. */
export const packDocument: fc.Arbitrary<string> = edited(
  fc.oneof(
    fc.constantFrom(...PACKS),
    fc.tuple(fc.constantFrom('jdcloud-privacy-2020-07', 'jingkefu-privacy', 'no-such-pack', './parent.yaml', '../x.yaml', 'policies/taxonomy.yaml'), fc.constantFrom(...DURATIONS)).map(
      ([parent, period]): Json => ({
        id: 'fuzz-pack',
        title: 'Fuzz',
        extends: parent,
        retention: [{ id: 'fuzz-retention', items: ['basic.phone'], period, from: 'account-cancellation', kind: 'maximum', cite: { doc: 'x.md', section: '1', quote: 'q' } }],
      }),
    ),
  ),
);

// --- privaudit.config.yaml ------------------------------------------------------------------------

const RULE_IDS = RULES.map((r) => r.meta.id);
const severity = fc.constantFrom('error', 'warning', 'info', 'off', 'fatal', '');

export const configData: fc.Arbitrary<Json> = fc.record(
  {
    policies: fc.array(fc.oneof(fc.constantFrom('jdcloud-privacy-2020-07', 'jingkefu-privacy', 'nope', './pack.yaml', '/abs/pack.json'), text), { maxLength: 3 }),
    failOn: fc.constantFrom('error', 'warning', 'info', 'never', 'sometimes'),
    lang: fc.constantFrom('zh', 'en', 'fr'),
    inputs: fc.array(fc.oneof(fc.constantFrom('inventory/', 'a.csv'), text), { maxLength: 2 }),
    recipients: fc.array(
      fc.record({ name: cellValue, aliases: fc.array(cellValue, { maxLength: 2 }), role: fc.constantFrom('processor', 'affiliate', 'sdk', 'partner', 'stranger') }, { requiredKeys: ['name'] }),
      { maxLength: 3 },
    ),
    rules: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...RULE_IDS), fc.constantFrom(...PROTO_KEYS), text), severity), { maxLength: 3 }).map((e) => Object.fromEntries(e)),
    baseline: fc.constantFrom('baseline.json', '', '../b.json'),
    waivers: fc.constantFrom('waivers.yaml', ''),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<Json>;

export const configDocument = edited(configData);

// --- waivers and baselines ------------------------------------------------------------------------

const day = fc.oneof(fc.constantFrom('2027-03-31', '2024-02-29', '2023-02-29', '2024-13-01', '0000-00-00', '9999-12-31'), text);

export const waiversData: fc.Arbitrary<Json> = fc.record({
  waivers: fc.oneof(
    fc.constant(null),
    fc.array(
      fc.record(
        {
          rule: fc.oneof(fc.constantFrom(...RULE_IDS, 'waiver-expired', 'no-such-rule'), text),
          file: fc.oneof(fc.constantFrom('inventory/crm.csv', './a.csv', '../x.csv', '/abs.csv'), text),
          field: cellValue,
          system: cellValue,
          sdk: cellValue,
          reason: cellValue,
          approver: cellValue,
          expires: day,
          reference: cellValue,
        },
        { requiredKeys: ['rule', 'reason', 'approver', 'expires'] },
      ),
      { maxLength: 3 },
    ),
  ),
}) as fc.Arbitrary<Json>;

export const waiversDocument = edited(waiversData);

const fingerprint = fc.oneof(fc.stringMatching(/^[0-9a-f]{32}$/), fc.constantFrom('0123456789abcdef0123456789abcdef-2', 'zz'), text);
const nameOrNull = fc.oneof(fc.constant(null), cellValue);

export const baselineData: fc.Arbitrary<Json> = fc.record({
  schemaVersion: fc.constantFrom(1, 2, '1'),
  tool: fc.constantFrom('privaudit', 'other'),
  entries: fc.array(
    fc.record({
      fingerprint,
      ruleId: fc.oneof(fc.constantFrom(...RULE_IDS), text),
      file: fc.oneof(fc.constantFrom('inventory/crm.csv'), text),
      subject: fc.record({ system: nameOrNull, table: nameOrNull, field: nameOrNull, sdk: nameOrNull, platform: nameOrNull, column: nameOrNull }),
      item: nameOrNull,
      message: cellValue,
    }),
    { maxLength: 3 },
  ),
}) as fc.Arbitrary<Json>;

export const baselineDocument = edited(baselineData);

// --- scan mappings --------------------------------------------------------------------------------

const ROLES = ['cancelled_at', 'terminated_at', 'last_login', 'created_at', 'updated_at', 'status', 'birthday', 'age', 'guardian_consent', 'none'];

export const mappingData: fc.Arbitrary<Json> = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom('users', '*', 'orders.csv', 'export'), fc.constantFrom(...PROTO_KEYS), text),
      fc.array(
        fc.tuple(
          fc.oneof(fc.constantFrom('phone', 'sjhm', 'zx_sj', 'col7', 'id'), fc.constantFrom(...PROTO_KEYS), text),
          fc.oneof(
            fc.constantFrom<Json>(...ROLES, 'basic.phone', 'identity.resident-id', '手机号', 'identity', 'nonsense', ...PROTO_KEYS),
            fc.record({ item: fc.constantFrom<Json>('basic.phone', 'constructor', 'x'), role: fc.constantFrom<Json>(...ROLES, 'toString', 'x') }, { requiredKeys: [] }) as fc.Arbitrary<Json>,
          ),
        ),
        { maxLength: 4 },
      ),
    ),
    { maxLength: 3 },
  )
  .map((tables) => Object.fromEntries(tables.map(([t, cols]) => [t, Object.fromEntries(cols)])) as Json);

export const mappingDocument = edited(mappingData);

/** Any of the above, or junk: for readers whose kind the user may have confused. */
export const anyDocument = fc.oneof(packDocument, configDocument, waiversDocument, baselineDocument, mappingDocument, fc.constantFrom(...KNOWN_VALUES), longRun);
