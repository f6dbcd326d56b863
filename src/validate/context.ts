import type { KommunalIssueCode } from '../errors/KommunalValidationError.js';
import type { Locale } from '../i18n/catalogue.js';
import {
  type EntityKind,
  KIND_OF_COLLECTION,
  VALIDATION_MESSAGES,
  type ValidationMessages,
} from '../i18n/validation.js';
import { COLLECTIONS, type CollectionName, type Dataset } from '../model/dataset.js';
import { timeZoneOfId } from '../places/countries.js';
import { hostMunicipalityId, itemTimeZone } from '../places/itemMunicipality.js';
import type { IssueList } from './issueList.js';

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
  readonly messages: ValidationMessages;
  readonly locale: Locale;
  report(path: Path, code: KommunalIssueCode, message: string): void;
  /** Reports an `info` issue: something to change that does not make the dataset invalid. */
  notice(path: Path, code: KommunalIssueCode, message: string): void;
}

export function createContext(
  entries: Entries,
  ids: CheckContext['ids'],
  locale: Locale,
  issues: IssueList,
  notices?: IssueList,
): CheckContext {
  const byId = {} as Record<CollectionName, Map<string, unknown>>;
  for (const collection of COLLECTIONS) {
    const map = new Map<string, unknown>();
    for (const entry of entries[collection]) if (entry.value.id !== undefined) map.set(entry.value.id, entry.value);
    byId[collection] = map;
  }
  return {
    entries,
    ids,
    byId: byId as unknown as CheckContext['byId'],
    locale,
    messages: VALIDATION_MESSAGES[locale],
    report: (path, code, message) => {
      issues.add({ path: [...path], code, message });
    },
    notice: (path, code, message) => {
      notices?.add({ path: [...path], code, message });
    },
  };
}

/**
 * Reports an id that names nothing, or something of the wrong kind, at `[...at, key]`: the path is
 * built only for a problem, since most references resolve.
 */
export function checkReference(
  context: CheckContext,
  at: Path,
  key: string | number,
  id: string | undefined,
  expected: readonly CollectionName[],
): void {
  if (id === undefined) return;
  for (const collection of expected) if (context.ids[collection].has(id)) return;
  const kinds: EntityKind[] = expected.map((collection) => KIND_OF_COLLECTION[collection]);
  const actual = COLLECTIONS.find((collection) => context.ids[collection].has(id));
  if (actual === undefined) {
    context.report([...at, key], 'unresolved_reference', context.messages.unresolved(id, kinds));
  } else {
    context.report(
      [...at, key],
      'wrong_reference_kind',
      context.messages.wrongKind(id, KIND_OF_COLLECTION[actual], kinds),
    );
  }
}

/** {@link checkReference} for each id of a list at `[...at, key]`. */
export function checkReferences(
  context: CheckContext,
  at: Path,
  key: string,
  ids: readonly string[] | undefined,
  expected: readonly CollectionName[],
): void {
  if (ids === undefined) return;
  for (let index = 0; index < ids.length; index += 1) {
    const id = ids[index] as string;
    let known = false;
    for (const collection of expected) known ||= context.ids[collection].has(id);
    if (!known) checkReference(context, [...at, key], index, id, expected);
  }
}

/** The zone the wall clocks of an item at a municipality are read in (see {@link itemTimeZone}). */
export function zoneOfMunicipality(context: CheckContext, municipalityId: string | undefined): string {
  return itemTimeZone(timeZoneOfId(context.byId.municipalities, municipalityId));
}

/** The municipality an exchange's host stands for (see {@link hostMunicipalityId}): an organisation host's own. */
export function hostMunicipality(context: CheckContext, hostId: string): string | undefined {
  return hostMunicipalityId(hostId, context.byId.municipalities.has(hostId), context.byId.organisations.get(hostId));
}
