import { KIND_OF_COLLECTION } from '../i18n/validation.js';
import { COLLECTIONS, type CollectionName } from '../model/dataset.js';
import type { EventStatus } from '../model/eventStatus.js';
import type { Source } from '../model/provenance.js';
import type { CheckContext } from './context.js';
import { dayExists, firstDay, lastDay } from './dates.js';

/** What the provenance checks read of any entity. */
interface Provenance {
  readonly sources?: readonly Source[] | undefined;
  readonly assumed?: readonly string[] | undefined;
}

/**
 * Sources' dates that exist, `assumed` paths that name a field the entity has, and, as notices, a
 * status its dates contradict: a `held` event that begins after `today`, a `planned` one that ended
 * before it. A year or month counts as all its days; an exchange with a start alone ends when the
 * period of its start does, a measure without `until` never. `today()` is asked only when an entity
 * has one of these statuses and a date.
 */
export function checkProvenance(context: CheckContext, today: () => string): void {
  for (const collection of COLLECTIONS) {
    const entries = context.entries[collection] as readonly { readonly value: Provenance; readonly index: number }[];
    for (const { value, index } of entries) {
      // Most entities have neither field: two reads, and no path is built.
      if (value.sources !== undefined) checkSources(context, collection, index, value.sources);
      if (value.assumed !== undefined) checkAssumed(context, collection, index, value, value.assumed);
    }
  }
  for (const { value, index } of context.entries.exchanges) {
    // An exchange with a start alone lies somewhere in that period: it is over when the period is.
    const end = value.endDate ?? value.startDate;
    checkStatus(context, 'exchanges', index, value.id, value.status, value.startDate, end, today);
  }
  for (const { value, index } of context.entries.measures) {
    checkStatus(context, 'measures', index, value.id, value.status, value.since, value.until, today);
  }
}

function checkSources(
  context: CheckContext,
  collection: CollectionName,
  index: number,
  sources: readonly Source[],
): void {
  for (let sourceIndex = 0; sourceIndex < sources.length; sourceIndex += 1) {
    const date = sources[sourceIndex]?.date;
    if (date !== undefined && !dayExists(date)) {
      context.report(
        [collection, index, 'sources', sourceIndex, 'date'],
        'invalid_date',
        context.messages.dayDoesNotExist(date),
      );
    }
  }
}

function checkAssumed(
  context: CheckContext,
  collection: CollectionName,
  index: number,
  entity: unknown,
  assumed: readonly string[],
): void {
  for (let pathIndex = 0; pathIndex < assumed.length; pathIndex += 1) {
    const path = assumed[pathIndex] as string;
    if (!hasField(entity, path)) {
      context.report(
        [collection, index, 'assumed', pathIndex],
        'unresolved_assumption',
        context.messages.unresolvedAssumption(path, KIND_OF_COLLECTION[collection]),
      );
    }
  }
}

/**
 * Whether a dotted path (`programme.0.venueId`) leads to a value in a parsed entity: own fields of
 * objects and entries of lists only, so `constructor` or `length` names nothing.
 */
export function hasField(entity: unknown, path: string): boolean {
  // Most paths name a field of the entity itself: no list of keys to build.
  if (!path.includes('.'))
    return Object.hasOwn(entity as object, path) && (entity as Record<string, unknown>)[path] !== undefined;
  let current: unknown = entity;
  for (const key of path.split('.')) {
    if (typeof current !== 'object' || current === null) return false;
    if (Array.isArray(current)) {
      const at = Number(key);
      if (!Number.isInteger(at) || at >= current.length) return false;
      current = current[at];
    } else {
      if (!Object.hasOwn(current, key)) return false;
      current = (current as Readonly<Record<string, unknown>>)[key];
    }
    if (current === undefined) return false;
  }
  return true;
}

function checkStatus(
  context: CheckContext,
  collection: 'exchanges' | 'measures',
  index: number,
  id: string,
  status: EventStatus | undefined,
  start: string | undefined,
  end: string | undefined,
  today: () => string,
): void {
  if (status === 'held' && start !== undefined && dayExists(start) && firstDay(start) > today()) {
    context.notice(
      [collection, index, 'status'],
      'held_in_future',
      context.messages.heldInFuture(KIND_OF_COLLECTION[collection], id, start, today()),
    );
  } else if (status === 'planned' && end !== undefined && dayExists(end) && lastDay(end) < today()) {
    context.notice(
      [collection, index, 'status'],
      'planned_in_past',
      context.messages.plannedInPast(KIND_OF_COLLECTION[collection], id, end, today()),
    );
  }
}
