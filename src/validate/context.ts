import type { KommunalIssue, KommunalIssueCode } from '../errors/KommunalValidationError.js';
import { COLLECTIONS, type CollectionName, type Dataset } from '../model/dataset.js';
import { type EntityKind, KIND_OF_COLLECTION, type Locale, MESSAGES, type Messages } from './messages.js';
import { timeZoneOfId } from './places.js';

export type Path = readonly (string | number)[];

type Element<K extends CollectionName> = NonNullable<Dataset[K]>[number];

/** An entity that passed the shape check, with its index in the input (which skipped ones keep). */
export interface Entry<K extends CollectionName> {
  readonly value: Element<K>;
  readonly index: number;
}

export type Entries = { readonly [K in CollectionName]: readonly Entry<K>[] };

/** What every meaning check reads and where it reports. */
export interface CheckContext {
  readonly entries: Entries;
  /** Every id as written in the input, also of entities whose shape was wrong, so one error does not cascade. */
  readonly ids: { readonly [K in CollectionName]: ReadonlySet<string> };
  readonly byId: { readonly [K in CollectionName]: ReadonlyMap<string, Element<K>> };
  readonly messages: Messages;
  readonly locale: Locale;
  report(path: Path, code: KommunalIssueCode, message: string): void;
}

export function createContext(
  entries: Entries,
  ids: CheckContext['ids'],
  locale: Locale,
  issues: KommunalIssue[],
): CheckContext {
  const byId = {} as Record<CollectionName, Map<string, unknown>>;
  for (const collection of COLLECTIONS) {
    const map = new Map<string, unknown>();
    for (const entry of entries[collection]) map.set(entry.value.id, entry.value);
    byId[collection] = map;
  }
  return {
    entries,
    ids,
    byId: byId as unknown as CheckContext['byId'],
    locale,
    messages: MESSAGES[locale],
    report: (path, code, message) => {
      issues.push({ path: [...path], code, message });
    },
  };
}

/** Reports an id that names nothing, or something of the wrong kind. */
export function checkReference(
  context: CheckContext,
  path: Path,
  id: string | undefined,
  expected: readonly CollectionName[],
): void {
  if (id === undefined || expected.some((collection) => context.ids[collection].has(id))) return;
  const kinds: EntityKind[] = expected.map((collection) => KIND_OF_COLLECTION[collection]);
  const actual = COLLECTIONS.find((collection) => context.ids[collection].has(id));
  if (actual === undefined) {
    context.report(path, 'unresolved_reference', context.messages.unresolved(id, kinds));
  } else {
    context.report(path, 'wrong_reference_kind', context.messages.wrongKind(id, KIND_OF_COLLECTION[actual], kinds));
  }
}

export function checkReferences(
  context: CheckContext,
  path: Path,
  ids: readonly string[] | undefined,
  expected: readonly CollectionName[],
): void {
  ids?.forEach((id, index) => {
    checkReference(context, [...path, index], id, expected);
  });
}

/** The zone a municipality's wall clocks are read in, if it has a known one. */
export function zoneOfMunicipality(context: CheckContext, municipalityId: string | undefined): string | undefined {
  return timeZoneOfId(context.byId.municipalities, municipalityId);
}
