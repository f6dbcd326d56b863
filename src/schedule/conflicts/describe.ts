import { formatPersonName } from '../../format/formatPersonName.js';
import { formatVenue } from '../../format/formatVenue.js';
import { CONFLICT_MESSAGES } from '../../i18n/conflicts.js';
import { keepShape } from '../_lib/shapes.js';
import { isoDateOf, isoWeekdayOf } from '../itemDays.js';
import type { Conflict, ConflictOf, ConflictPerson, ConflictPlace, FactsOf } from './conflict.js';
import type { Findings } from './findings.js';
import { ItemTexts } from './itemText.js';
import { millisOf } from './keys.js';
import { type ConflictKind, kindOf, severityOf } from './kinds.js';
import type { NotCheckedEntry } from './notChecked.js';
import type { HolidayHit, OwnConflicts } from './own.js';
import type { Keyed, LaidOut, Read, Sorted } from './search.js';

// The last phase: what the search found, as numbers, becomes conflicts: each variant's facts, and
// its sentence written from them. Only what was found is named and described.

/** A search that has swept: what describing reads of it. */
type Swept = Read & Keyed & Sorted & LaidOut;

/** The ids, names and descriptions of the items, people, rooms and places the findings name. */
class Names {
  /** Per item: where its description is in `descriptions`, or -1 before it is written. */
  private readonly slots: Int32Array;
  /** Descriptions in the order they were written: dense, where one per item would be sparse. */
  private readonly descriptions: string[] = [];
  /** Per person's number: how conflicts name them, once asked for. */
  private readonly people: (ConflictPerson | undefined)[] = [];
  private readonly places = new Map<number, ConflictPlace>();
  private readonly texts: ItemTexts;

  constructor(private readonly search: Swept) {
    this.texts = new ItemTexts(search.settings.locale);
    this.slots = new Int32Array(search.columns.count).fill(-1);
  }

  id(item: number): string {
    return this.search.columns.ids[item] as string;
  }

  start(item: number): number {
    const { layout, order, keys } = this.search;
    return millisOf(keys, order.keyAt[layout.rankOf[item] as number] as number);
  }

  /** Its title (or id) with its times on the wall clock of its place. */
  describe(item: number): string {
    const slot = this.slots[item] as number;
    if (slot >= 0) return this.descriptions[slot] as string;
    const { columns, layout, keys } = this.search;
    const end = millisOf(keys, layout.endAt[layout.rankOf[item] as number] as number);
    const number = columns.places[item] as number;
    const zone = columns.placeTable.zoneOf(number);
    const placeName = columns.placeTable.placeOf(number)?.name;
    const text = this.texts.describe(columns.titles[item] ?? this.id(item), this.start(item), end, zone, placeName);
    this.slots[item] = this.descriptions.length;
    this.descriptions.push(text);
    return text;
  }

  /** A person by number: named as the items name them, else as the dataset does. */
  person(resource: number): ConflictPerson {
    let person = this.people[resource];
    if (person === undefined) {
      const { resources } = this.search.columns;
      const id = resources.idOf(resource);
      const known = this.search.settings.index.persons.get(id);
      person = { id, name: resources.names[resource] ?? (known === undefined ? undefined : formatPersonName(known)) };
      this.people[resource] = person;
    }
    return person;
  }

  /** A room by number: named as the items' `location` names it, else as the dataset does. */
  venue(resource: number): FactsOf<'venue-double-booked'>['venue'] {
    const { resources } = this.search.columns;
    const id = resources.venueIdOf(resource);
    // An empty room is the venue's default room, named by the venue alone.
    const room = resources.rooms[resource] || undefined;
    const known = this.search.settings.index.venues.get(id);
    return {
      id,
      room,
      name: resources.names[resource] ?? (known === undefined ? undefined : formatVenue(known, { room })),
    };
  }

  /** The place of an item. */
  place(item: number): ConflictPlace {
    const { placeTable, places } = this.search.columns;
    const number = places[item] as number;
    let place = this.places.get(number);
    if (place === undefined) {
      place = { municipalityId: placeTable.municipalityIds[number], name: placeTable.placeOf(number)?.name };
      this.places.set(number, place);
    }
    return place;
  }
}

/** A conflict of kind `K`: its facts and the sentence written from them in the search's language. */
function conflictOf<K extends ConflictKind>(search: Swept, facts: FactsOf<K>, items: readonly string[]): ConflictOf<K> {
  const write = CONFLICT_MESSAGES[search.settings.locale][facts.kind] as (
    facts: FactsOf<K>,
    items: readonly string[],
  ) => string;
  // The facts are a literal of the caller's: the sentence is added to it rather than spread into
  // a copy, which V8 builds on a slow path.
  const conflict = facts as FactsOf<K> & { message: string };
  conflict.message = write(facts, items);
  return conflict as unknown as ConflictOf<K>;
}

/** One finding as a conflict, its facts by kind. */
function describeFinding(search: Swept, own: OwnConflicts, findings: Findings, names: Names, at: number): Conflict {
  const kind = kindOf(findings.kinds[at] as number);
  const first = findings.firsts[at] as number;
  const second = findings.seconds[at] as number;
  const resource = findings.resources[at] as number;
  const detail = findings.details[at] as number;
  switch (kind) {
    case 'person-double-booked': {
      const person = names.person(resource);
      const itemIds = [names.id(first), names.id(second)] as const;
      return conflictOf<typeof kind>(
        search,
        { kind, severity: severityOf(kind), itemIds, resourceId: person.id, person },
        [names.describe(first), names.describe(second)],
      );
    }
    case 'venue-double-booked': {
      const resourceId = search.columns.resources.idOf(resource);
      const itemIds = [names.id(first), names.id(second)] as const;
      const facts = { kind, severity: severityOf(kind), itemIds, resourceId, venue: names.venue(resource) };
      return conflictOf<typeof kind>(search, facts, [names.describe(first), names.describe(second)]);
    }
    case 'outside-exchange-period': {
      const { periods, periodTable } = search.columns;
      // Found only for items whose period is known.
      const period = periodTable.periodOf(periods?.[first] as number) as NonNullable<
        ReturnType<typeof periodTable.periodOf>
      >;
      const exchange = {
        id: period.exchangeId,
        title: period.title,
        start: period.start,
        end: period.end,
        timeZone: period.timeZone,
      };
      const facts = {
        kind,
        severity: severityOf(kind),
        itemIds: [names.id(first)] as const,
        resourceId: period.exchangeId,
        exchange,
      };
      return conflictOf<typeof kind>(search, facts, [names.describe(first)]);
    }
    case 'public-holiday': {
      const place = names.place(first);
      const holiday = own.holidays.get(first) as HolidayHit;
      const facts = {
        kind,
        severity: severityOf(kind),
        itemIds: [names.id(first)] as const,
        resourceId: place.municipalityId,
        holiday:
          holiday.scope === 'abroad'
            ? { ...holiday }
            : { date: holiday.date, name: holiday.name, scope: holiday.scope, state: holiday.state },
        place,
        certain: holiday.scope === 'abroad' || holiday.certain,
      };
      return conflictOf<typeof kind>(search, facts, [names.describe(first)]);
    }
    case 'travel-time': {
      const person = names.person(resource);
      const facts = {
        kind,
        severity: severityOf(kind),
        itemIds: [names.id(first), names.id(second)] as const,
        resourceId: person.id,
        person,
        from: names.place(first),
        to: names.place(second),
        gapMinutes: detail / 60_000,
        requiredMinutes: search.settings.buffer / 60_000,
      };
      return conflictOf<typeof kind>(search, facts, [names.describe(first), names.describe(second)]);
    }
    case 'weekend': {
      // The day of the item's first Saturday or Sunday.
      const weekday = isoWeekdayOf(detail) as 6 | 7;
      const facts = {
        kind,
        severity: severityOf(kind),
        itemIds: [names.id(first)] as const,
        weekday,
        date: isoDateOf(detail),
      } as const;
      return conflictOf<typeof kind>(search, facts, [names.describe(first)]);
    }
    case 'outside-working-hours': {
      const hours = search.settings.hours as NonNullable<typeof search.settings.hours>;
      const workingHours = { start: hours.startText, end: hours.endText, days: hours.days };
      const facts = { kind, severity: severityOf(kind), itemIds: [names.id(first)] as const, workingHours };
      return conflictOf<typeof kind>(search, facts, [names.describe(first)]);
    }
    case 'not-checked':
    case 'truncated':
      // Not found by the search: see notCheckedConflict and truncatedConflict.
      throw new Error(`kommunal: the search does not record ${kind}`);
  }
}

/** The checks that could not run for one reason, as a conflict. */
function notCheckedConflict(search: Swept, entry: NotCheckedEntry): ConflictOf<'not-checked'> {
  const kind = 'not-checked';
  const { check, reason, country } = entry;
  const { ids } = search.columns;
  const { items } = entry;
  // A plain loop: there may be a million, which a callback per item would cost twice.
  const itemIds: string[] = new Array(items.length);
  for (let at = 0; at < items.length; at += 1) itemIds[at] = ids[items[at] as number] as string;
  return conflictOf<typeof kind>(search, { kind, severity: severityOf(kind), itemIds, check, reason, country }, []);
}

/** The conflict that ends a cut list. */
function truncatedConflict(search: Swept): ConflictOf<'truncated'> {
  const kind = 'truncated';
  const { limit } = search.settings;
  return conflictOf<typeof kind>(search, { kind, severity: severityOf(kind), itemIds: [], limit }, []);
}

const compareTexts = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The findings in their order (by the earlier start, then the items' ids, then kind, then the
 * person, room, exchange or place), as conflicts; then, each once, the checks that could not run;
 * then, where the search stopped at the limit, a conflict of kind `truncated`.
 */
export function describeFindings(search: Swept, own: OwnConflicts, findings: Findings, truncated: boolean): Conflict[] {
  // With its ItemTexts.
  keepShape('Names', () => new Names({ settings: { locale: 'de' }, columns: { count: 0 } } as unknown as Swept));
  const names = new Names(search);
  const total = findings.size;
  // What the order compares, read once per finding rather than once per comparison.
  const startAt = new Float64Array(total);
  const firstIds: string[] = new Array(total);
  const secondIds: string[] = new Array(total);
  for (let at = 0; at < total; at += 1) {
    const first = findings.firsts[at] as number;
    const second = findings.seconds[at] as number;
    startAt[at] = second < 0 ? names.start(first) : Math.min(names.start(first), names.start(second));
    firstIds[at] = names.id(first);
    secondIds[at] = second < 0 ? '' : names.id(second);
  }
  const described: Conflict[] = new Array(total);
  const resourceOf = (at: number): string => {
    let conflict = described[at];
    if (conflict === undefined) {
      conflict = describeFinding(search, own, findings, names, at);
      described[at] = conflict;
    }
    return 'resourceId' in conflict ? (conflict.resourceId ?? '') : '';
  };
  const order = Array.from({ length: total }, (_, at) => at);
  order.sort(
    (a, b) =>
      (startAt[a] as number) - (startAt[b] as number) ||
      compareTexts(firstIds[a] as string, firstIds[b] as string) ||
      compareTexts(secondIds[a] as string, secondIds[b] as string) ||
      (findings.kinds[a] as number) - (findings.kinds[b] as number) ||
      compareTexts(resourceOf(a), resourceOf(b)),
  );
  const conflicts: Conflict[] = order.map((at) => described[at] ?? describeFinding(search, own, findings, names, at));
  for (const entry of own.notChecked.list()) conflicts.push(notCheckedConflict(search, entry));
  if (truncated) conflicts.push(truncatedConflict(search));
  return conflicts;
}
