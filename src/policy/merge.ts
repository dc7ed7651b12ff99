/**
 * `extends:` merging. A child pack adds to its parent: statement lists are appended (parent
 * first), single statements (storage, consent.*, security.*, recipients.affiliates) are replaced
 * by the child's, owner names are united. Each citation keeps its own `doc`, so a merged
 * statement still says which document it came from.
 */
import type { Location } from '../location.js';
import type { Pack } from './types.js';

/** A pack file as written: with `extends`, every section may be missing. */
export type PackFile = Partial<Omit<Pack, 'recipients' | 'consent' | 'security' | 'locations'>> & {
  id: string;
  title: string;
  recipients?: Partial<Pack['recipients']>;
  consent?: Partial<Pack['consent']>;
  security?: Partial<Pack['security']>;
};

/** Lists whose entries are appended; their location keys (`collects[3]`) shift by the parent's length. */
const APPENDED_LISTS = ['collects', 'sensitive', 'retention', 'deadlines', 'prohibited', 'recipients.roles', 'recipients.sdks'] as const;

export function mergePack(parent: Pack, child: PackFile, childLocations: Record<string, Location>): Pack {
  const merged: Pack = {
    id: child.id,
    title: child.title,
    version: child.version ?? parent.version,
    language: child.language ?? parent.language,
    doc: child.doc ?? parent.doc,
    updated: child.updated,
    effective: child.effective,
    extends: child.extends,
    owner: mergeOwner(parent.owner, child.owner),
    collects: [...parent.collects, ...(child.collects ?? [])],
    sensitive: [...parent.sensitive, ...(child.sensitive ?? [])],
    recipients: {
      affiliates: child.recipients?.affiliates ?? parent.recipients.affiliates,
      roles: appendOptional(parent.recipients.roles, child.recipients?.roles),
      sdks: appendOptional(parent.recipients.sdks, child.recipients?.sdks),
    },
    storage: child.storage ?? parent.storage,
    retention: [...parent.retention, ...(child.retention ?? [])],
    deadlines: appendOptional(parent.deadlines, child.deadlines),
    consent: { ...parent.consent, ...child.consent },
    prohibited: [...parent.prohibited, ...(child.prohibited ?? [])],
    security: { ...parent.security, ...child.security },
    locations: mergeLocations(parent, childLocations),
  };
  return withoutUndefined(merged);
}

function appendOptional<T>(parent: T[] | undefined, child: T[] | undefined): T[] | undefined {
  return parent || child ? [...(parent ?? []), ...(child ?? [])] : undefined;
}

function mergeOwner(parent: Pack['owner'], child: Pack['owner']): Pack['owner'] {
  if (!parent || !child) return child ?? parent;
  return {
    names: [...new Set([...parent.names, ...child.names])],
    affiliates: [...new Set([...parent.affiliates, ...child.affiliates])],
    cite: child.cite ?? parent.cite,
  };
}

function listLength(pack: Pack, list: (typeof APPENDED_LISTS)[number]): number {
  if (list === 'recipients.roles') return pack.recipients.roles?.length ?? 0;
  if (list === 'recipients.sdks') return pack.recipients.sdks?.length ?? 0;
  if (list === 'deadlines') return pack.deadlines?.length ?? 0;
  return pack[list].length;
}

/** Child keys override the parent's, with appended-list indexes moved past the parent's entries. */
function mergeLocations(parent: Pack, childLocations: Record<string, Location>): Record<string, Location> {
  const out: Record<string, Location> = { ...parent.locations };
  for (const [key, loc] of Object.entries(childLocations)) out[shiftKey(parent, key)] = loc;
  return out;
}

function shiftKey(parent: Pack, key: string): string {
  for (const list of APPENDED_LISTS) {
    const m = key.startsWith(`${list}[`) ? /^\[(\d+)\](.*)$/.exec(key.slice(list.length)) : null;
    if (m) return `${list}[${Number(m[1]) + listLength(parent, list)}]${m[2]}`;
  }
  return key;
}

/** Keeps `policies show` output and deep equality free of `key: undefined`. */
function withoutUndefined<T extends object>(obj: T): T {
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined) delete (obj as Record<string, unknown>)[k];
    else if (v && typeof v === 'object' && !Array.isArray(v) && k !== 'locations') withoutUndefined(v as object);
  }
  return obj;
}
