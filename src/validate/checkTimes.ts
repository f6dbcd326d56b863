import type { Exchange } from '../model/exchange.js';
import type { ProgrammeItem } from '../model/programmeItem.js';
import { itemMunicipalityId, measureMunicipalityId } from '../places/itemMunicipality.js';
import { isSupportedInstant, toIsoDate } from '../time/calendar.js';
import { readTemporal, type Temporal } from '../time/readTemporal.js';
import { instantAt, wallClockAt } from '../time/zonedTime.js';
import { type CheckContext, hostMunicipality, type Path, zoneOfMunicipality } from './context.js';
import { dayExists, exchangeFrame, firstDay, lastDay } from './dates.js';

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
    const field = outsideProgramme(value, programme);
    if (field !== undefined) {
      report(
        ['grants', index, field],
        'outside_period',
        messages.outsideProgramme(value.startDate, value.endDate, programme.startDate, programme.endDate),
      );
    }
  }
  for (const { value: exchange, index } of entries.exchanges) {
    const path = ['exchanges', index];
    const { startDate, endDate } = exchange;
    if (startDate === undefined && endDate !== undefined) {
      report([...path, 'endDate'], 'missing_start', messages.missingStart(endDate));
    }
    checkPeriod(context, path, startDate, endDate);
    const hostPlace = hostMunicipality(context, exchange.hostId);
    const hostZone = zoneOfMunicipality(context, hostPlace);
    const frame = exchangeFrame(exchange);
    checkItems(context, [...path, 'programme'], exchange.programme, hostPlace, hostZone, (time, day) =>
      frame === undefined || inside(day, frame.first, frame.last)
        ? undefined
        : messages.outsideExchange(time, startDate as string, endDate ?? (startDate as string)),
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
    checkItems(context, ['measures', index, 'sessions'], measure.sessions, municipalityId, zone, (time, day) =>
      inside(day, since, until) ? undefined : messages.outsideMeasure(time, measure.since, measure.until),
    );
  }
}

/** Whether a day `YYYY-MM-DD` lies in a period; a day of the year 10000 (five digits) lies in none. */
function inside(day: string, start: string, end: string): boolean {
  return day.length === 10 && start <= day && day <= end;
}

/**
 * Which end of a grant certainly lies outside its programme's period, if one does: its start when
 * the grant's start ends before the programme's start begins, its end when the grant's end begins
 * after the programme's end ends. A year or month counts as all its days, so `2015` against a
 * programme from `2015-03-01` is no contradiction: the grant may have begun in March.
 */
function outsideProgramme(
  grant: { readonly startDate: string; readonly endDate: string },
  programme: { readonly startDate?: string | undefined; readonly endDate?: string | undefined },
): 'startDate' | 'endDate' | undefined {
  const known = (date: string | undefined): date is string => date !== undefined && dayExists(date);
  if (
    known(grant.startDate) &&
    known(programme.startDate) &&
    lastDay(grant.startDate) < firstDay(programme.startDate)
  ) {
    return 'startDate';
  }
  if (known(grant.endDate) && known(programme.endDate) && firstDay(grant.endDate) > lastDay(programme.endDate)) {
    return 'endDate';
  }
  return undefined;
}

/**
 * A period's dates, each a year, a month or a day: days that exist, and an end that does not
 * certainly lie before the start (the end's last day before the start's first day). `2024` to
 * `2024-03` is no contradiction; `2024-04` to `2024-03` is.
 */
function checkPeriod(
  context: CheckContext,
  path: Path,
  start: string | undefined,
  end: string | undefined,
  names: readonly [start: string, end: string] = ['startDate', 'endDate'],
): void {
  const startExists = start === undefined || dayExists(start);
  const endExists = end === undefined || dayExists(end);
  if (start !== undefined && !startExists) {
    context.report([...path, names[0]], 'invalid_date', context.messages.dayDoesNotExist(start));
  }
  if (end !== undefined && !endExists) {
    context.report([...path, names[1]], 'invalid_date', context.messages.dayDoesNotExist(end));
  }
  if (startExists && endExists && start !== undefined && end !== undefined && lastDay(end) < firstDay(start)) {
    context.report([...path, names[1]], 'invalid_range', context.messages.endBeforeStart(start, end));
  }
}

export function checkPartialPeriod(
  context: CheckContext,
  path: Path,
  value: { readonly since?: string | undefined; readonly until?: string | undefined },
): void {
  checkPeriod(context, path, value.since, value.until, ['since', 'until']);
}

/**
 * Reads each item's start and end in the zone of its venue's municipality (else of `fallbackMunicipalityId`),
 * reports times the clock skips, ends before starts and ends without a start that has a time, and
 * asks `outside` whether the day of a time, in `frameZone`, lies outside its frame. A start that is
 * only a day is that day in every zone.
 */
function checkItems(
  context: CheckContext,
  path: Path,
  items: readonly ProgrammeItem[] | undefined,
  fallbackMunicipalityId: string | undefined,
  frameZone: string,
  outside: (time: string, day: string) => string | undefined,
): void {
  const check = (at: Path, time: string, day: string) => {
    const message = outside(time, day);
    if (message !== undefined) context.report(at, 'outside_period', message);
  };
  items?.forEach((item, index) => {
    const timed = item.start !== undefined && item.start.length > 10;
    if (item.end !== undefined && !timed) {
      context.report(
        [...path, index, 'end'],
        'missing_start',
        context.messages.endWithoutStartTime(item.end, item.start),
      );
    }
    if (item.start === undefined) return;
    if (!timed) {
      check([...path, index, 'start'], item.start, item.start);
      return;
    }
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
    if (start !== undefined) check([...path, index, 'start'], item.start, toIsoDate(wallClockAt(start, frameZone)));
    if (item.end !== undefined && end !== undefined) {
      // An item ending at midnight belongs to the day before.
      const last = start !== undefined && end > start ? end - 1 : end;
      check([...path, index, 'end'], item.end, toIsoDate(wallClockAt(last, frameZone)));
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
  if (certainlyNotEarlier(visit.startDate, exchange.startDate)) {
    report(at, 'invalid_reciprocation', messages.reciprocatesLater(visit.id, visit.startDate as string));
  }
  if (!visit.guestIds.includes(exchange.hostId) || !exchange.guestIds.includes(visit.hostId)) {
    report(at, 'invalid_reciprocation', messages.reciprocatesOthers(visit.id));
  }
}

/**
 * Whether a visit certainly does not begin before its return visit: the visit's start begins no
 * earlier than the return visit's start ends. Unknown where either start is missing.
 */
function certainlyNotEarlier(visit: string | undefined, returnVisit: string | undefined): boolean {
  if (visit === undefined || returnVisit === undefined || !dayExists(visit) || !dayExists(returnVisit)) return false;
  return firstDay(visit) >= lastDay(returnVisit);
}
