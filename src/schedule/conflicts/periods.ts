import type { DatasetIndex } from '../../query/datasetIndex.js';
import { Numbering } from '../_lib/numbering.js';
import type { CheckedPeriod } from '../itemPlace.js';
import { zoneOf } from '../itemPlace.js';

/** An exchange's days as the period check reads them: in the zone of the host's calendar. */
export interface ExchangePeriod {
  readonly exchangeId: string | undefined;
  readonly title: string | undefined;
  /** First and last day, `YYYY-MM-DD`, included. */
  readonly start: string;
  readonly end: string;
  readonly timeZone: string;
}

/**
 * The exchange periods items must lie within, numbered from 1 (0 is none): by `exchangeId`, else by
 * the item's `period` object. What a number stands for is the first item's `period` that gives
 * one, else the dataset's exchange, whose days are read in its host's zone; `undefined` where
 * neither is known, so the check cannot run.
 */
export class PeriodTable {
  /** Per number: the items' `exchangeId`, and the first `period` an item gave. */
  private readonly numbering = new Numbering<CheckedPeriod, CheckedPeriod>((period) => period);
  readonly exchangeIds = this.numbering.ids;
  private readonly known = new Map<number, ExchangePeriod | undefined>();

  constructor(
    private readonly index: DatasetIndex,
    private readonly fallbackZone: string,
  ) {}

  /** The number of an item's period, from its `exchangeId` and `period`; 0 if it has neither. */
  number(exchangeId: string | undefined, period: CheckedPeriod | undefined): number {
    return this.numbering.number(exchangeId, period);
  }

  /** The days of the period with this number, if they are known. */
  periodOf(number: number): ExchangePeriod | undefined {
    if (!this.known.has(number)) this.known.set(number, this.resolve(number));
    return this.known.get(number);
  }

  private resolve(number: number): ExchangePeriod | undefined {
    const exchangeId = this.exchangeIds[number];
    const given = this.numbering.given[number];
    if (given !== undefined) {
      const { start, end, title, timeZone = this.fallbackZone } = given;
      return { exchangeId, title, start, end, timeZone };
    }
    const period = exchangeId === undefined ? undefined : this.index.periods.get(exchangeId);
    if (period === undefined) return undefined;
    const host = period.hostMunicipalityId === undefined ? undefined : this.index.places.get(period.hostMunicipalityId);
    return {
      exchangeId,
      title: period.title,
      start: period.startDate,
      end: period.endDate,
      timeZone: zoneOf(host, this.fallbackZone),
    };
  }
}
