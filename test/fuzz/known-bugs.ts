/**
 * Bugs the fuzzers found that are reported but not fixed yet. A property excuses only the narrow
 * class of inputs an entry describes (`excused`), so the rest of its input space stays checked and
 * the suite stays green; known-bugs.test.ts replays each entry's minimal input and fails as soon as
 * the bug is fixed, asking for the entry (and its `excused` calls) to be deleted.
 */

export interface KnownBug {
  /** Where the bug lives and what goes wrong, as reported to the lead. */
  where: string;
  what: string;
  /** True while the minimal input still shows the bug. */
  reproduces(): boolean;
}

export const KNOWN_BUGS = {} satisfies Record<string, KnownBug>;

export type KnownBugId = keyof typeof KNOWN_BUGS;

/** Every entry, typed so the readers of the ledger still compile while it is empty. */
export function knownBugEntries(): [KnownBugId, KnownBug][] {
  return Object.entries(KNOWN_BUGS as Record<string, KnownBug>) as [KnownBugId, KnownBug][];
}

export function knownBug(id: KnownBugId): KnownBug {
  return (KNOWN_BUGS as Record<string, KnownBug>)[id]!;
}

/**
 * True when `input` falls in a known bug's class: the caller then skips only the check that bug
 * breaks. Listed here so every excuse in the suite is greppable.
 */
export function excused(_bug: KnownBugId, inClass: boolean): boolean {
  return inClass;
}
