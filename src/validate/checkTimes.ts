import type { Exchange } from '../model/exchange.js';
import type { ProgrammeItem } from '../model/programmeItem.js';
import { itemMunicipalityId, measureMunicipalityId } from '../places/itemMunicipality.js';
import { isSupportedInstant, toIsoDate } from '../time/calendar.js';
import { readTemporal, type Temporal } from '../time/readTemporal.js';
import { instantAt, wallClockAt } from '../time/zonedTime.js';
import { type CheckContext, type Path, zoneOfMunicipality } from './context.js';
import { dayExists, firstDay, lastDay } from './dates.js';

/** Periods in order, days that exist, programmes inside their exchanges, return visits, grants inside programmes. */
export function checkTimes(context: CheckContext): void {
  const { entries, messages, report } = context;
  for (const { value, index } of entries.municipalities) {
    value.holidays?.forEach((holiday, holidayIndex) => {
      const full = holiday.date.length === 10 ? holiday.date : `2000-${holiday.date}`;
      if (!dayExists(full)) {
        context.report(
          ['municipalities', index, 'holidays', holidayIndex, 'date'],
          'invalid_date',
          messages.dayDoesNotExist(holiday.date),
        );
      }
    });
  }
  for (const { value, index } of entries.organisations) checkPartialPeriod(context, ['organisations', index], value);
  for (const { value, index } of entries.partnerships) checkPartialPeriod(context, ['partnerships', index], value);
  for (const { value, index } of entries.measures) checkPartialPeriod(context, ['measures', index], value);
  for (const { value, index } of entries.persons) {
    value.roles?.forEach((role, roleIndex) => {
      checkPeriod(context, ['persons', index, 'roles', roleIndex], role.startDate, role.endDate);
    });
  }
  for (const { value, index } of entries.fundingProgrammes) {
    checkPeriod(context, ['fundingProgrammes', index], value.startDate, value.endDate);
  }
  for (const { value, index } of entries.grants) {
    checkPeriod(context, ['grants', index], value.startDate, value.endDate);
    const programme = context.byId.fundingProgrammes.get(value.programmeId);
    if (programme === undefined) continue;
    const before = programme.startDate !== undefined && value.startDate < programme.startDate;
    const after = programme.endDate !== undefined && value.endDate > programme.endDate;
    if (before || after) {
      report(
        ['grants', index, before ? 'startDate' : 'endDate'],
        'outside_period',
        messages.outsideProgramme(value.startDate, value.endDate, programme.startDate, programme.endDate),
      );
    }
  }
  for (const { value: exchange, index } of entries.exchanges) {
    const path = ['exchanges', index];
    checkPeriod(context, path, exchange.startDate, exchange.endDate);
    const hostZone = zoneOfMunicipality(context, exchange.hostId);
    checkItems(context, [...path, 'programme'], exchange.programme, exchange.hostId, (time, millis) =>
      inside(toIsoDate(wallClockAt(millis, hostZone)), exchange.startDate, exchange.endDate)
        ? undefined
        : messages.outsideExchange(time, exchange.startDate, exchange.endDate),
    );
    checkReciprocation(context, path, exchange);
  }
  for (const { value: measure, index } of entries.measures) {
    const organisation =
      measure.organisationId === undefined ? undefined : context.byId.organisations.get(measure.organisationId);
    const municipalityId = measureMunicipalityId(organisation?.municipalityId, measure.municipalityId);
    const zone = zoneOfMunicipality(context, municipalityId);
    const since = measure.since === undefined ? '0000-01-01' : firstDay(measure.since);
    const until = measure.until === undefined ? '9999-12-31' : lastDay(measure.until);
    checkItems(context, ['measures', index, 'sessions'], measure.sessions, municipalityId, (time, millis) =>
      inside(toIsoDate(wallClockAt(millis, zone)), since, until)
        ? undefined
        : messages.outsideMeasure(time, measure.since, measure.until),
    );
  }
}

/** Whether a day `YYYY-MM-DD` lies in a period; a day of the year 10000 (five digits) lies in none. */
function inside(day: string, start: string, end: string): boolean {
  return day.length === 10 && start <= day && day <= end;
}

function checkPeriod(context: CheckContext, path: Path, start: string | undefined, end: string | undefined): void {
  if (start !== undefined && end !== undefined && end < start) {
    context.report([...path, 'endDate'], 'invalid_range', context.messages.endBeforeStart(start, end));
  }
}

function checkPartialPeriod(
  context: CheckContext,
  path: Path,
  value: { readonly since?: string | undefined; readonly until?: string | undefined },
): void {
  const { since, until } = value;
  const sinceExists = since === undefined || dayExists(since);
  const untilExists = until === undefined || dayExists(until);
  if (since !== undefined && !sinceExists) {
    context.report([...path, 'since'], 'invalid_date', context.messages.dayDoesNotExist(since));
  }
  if (until !== undefined && !untilExists) {
    context.report([...path, 'until'], 'invalid_date', context.messages.dayDoesNotExist(until));
  }
  if (sinceExists && untilExists && since !== undefined && until !== undefined && lastDay(until) < firstDay(since)) {
    context.report([...path, 'until'], 'invalid_range', context.messages.endBeforeStart(since, until));
  }
}

/**
 * Reads each item's start and end in the zone of its venue's municipality (else of `fallbackMunicipalityId`),
 * reports times the clock skips and ends before starts, and asks `outside` whether a time lies outside its frame.
 */
function checkItems(
  context: CheckContext,
  path: Path,
  items: readonly ProgrammeItem[] | undefined,
  fallbackMunicipalityId: string | undefined,
  outside: (time: string, millis: number) => string | undefined,
): void {
  items?.forEach((item, index) => {
    const venue = item.venueId === undefined ? undefined : context.byId.venues.get(item.venueId);
    const zone = zoneOfMunicipality(context, itemMunicipalityId(venue?.municipalityId, fallbackMunicipalityId));
    const start = instant(context, path, index, 'start', item.start, zone);
    const end = item.end === undefined ? undefined : instant(context, path, index, 'end', item.end, zone);
    if (start !== undefined && end !== undefined && end < start) {
      context.report(
        [...path, index, 'end'],
        'invalid_range',
        context.messages.endBeforeStart(item.start, item.end ?? ''),
      );
    }
    if (start !== undefined) {
      const message = outside(item.start, start);
      if (message !== undefined) context.report([...path, index, 'start'], 'outside_period', message);
    }
    if (item.end !== undefined && end !== undefined) {
      // An item ending at midnight belongs to the day before.
      const message = outside(item.end, start !== undefined && end > start ? end - 1 : end);
      if (message !== undefined) context.report([...path, index, 'end'], 'outside_period', message);
    }
  });
}

/**
 * The instant of an item's start or end, or `undefined` after reporting at its path why there is
 * none: a wall-clock time the clocks skip, or an instant outside the years 1–9999, which the
 * format lets through where an offset or the zone pushes a time over the edge
 * (`0001-01-01T00:30+01:00`). Nothing thrown here reaches parseDataset's last-resort catch, which
 * would replace the whole report by one issue.
 */
function instant(
  context: CheckContext,
  path: Path,
  index: number,
  key: 'start' | 'end',
  time: string,
  zone: string,
): number | undefined {
  const { messages, report } = context;
  let temporal: Temporal;
  try {
    temporal = readTemporal(time, context.locale);
  } catch {
    // The pattern of the format lets through only instants that an offset pushes outside the
    // years 1–9999; the German sentence is readTemporal's.
    report([...path, index, key], 'invalid_date', messages.outsideYears(time));
    return undefined;
  }
  if (temporal.kind === 'instant') return temporal.millis;
  if (temporal.kind === 'date') return undefined;
  const millis = instantAt(temporal.clock, zone);
  if (millis === undefined) {
    report([...path, index, key], 'nonexistent_time', messages.nonexistentTime(time, zone));
  } else if (!isSupportedInstant(millis)) {
    report([...path, index, key], 'invalid_date', messages.outsideYearsInZone(time, zone));
    return undefined;
  }
  return millis;
}

function checkReciprocation(context: CheckContext, path: Path, exchange: Exchange): void {
  if (exchange.reciprocates === undefined) return;
  const { messages, report } = context;
  const at = [...path, 'reciprocates'];
  if (exchange.reciprocates === exchange.id) {
    report(at, 'invalid_reciprocation', messages.reciprocatesItself());
    return;
  }
  const visit = context.byId.exchanges.get(exchange.reciprocates);
  if (visit === undefined) return;
  if (visit.startDate >= exchange.startDate) {
    report(at, 'invalid_reciprocation', messages.reciprocatesLater(visit.id, visit.startDate));
  }
  if (!visit.guestIds.includes(exchange.hostId) || !exchange.guestIds.includes(visit.hostId)) {
    report(at, 'invalid_reciprocation', messages.reciprocatesOthers(visit.id));
  }
}
