// Queries over partial dates: a year or month stands for all its days. grantsOf's `year` keeps the
// grants whose period overlaps the year, tested against interval arithmetic on day numbers;
// exchangesOf orders by the first day of the start, undated exchanges last.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Dataset, exchangesOf, grantsOf, parseDataset } from '../../src/index.js';
import { partialDates } from '../arbitraries.js';
import { PROPERTY_TIMEOUT } from '../property.js';

const CHEMNITZ = { id: 'chemnitz', name: 'Chemnitz', kind: 'city', country: 'DE', state: 'DE-SN' } as const;
const DAY = 86_400_000;

describe('exchangesOf with partial and missing dates', () => {
  it('orders by the first day of the start, a year before its months and days, undated exchanges last', () => {
    const starts = [undefined, '2024-04-15', '2024', '2024-04', '2023-12-31', undefined];
    const dataset = parseDataset({
      municipalities: [CHEMNITZ],
      exchanges: starts.map((startDate, index) => ({
        id: `e${index}`,
        kind: 'network-meeting',
        title: 'Treffen',
        hostId: 'chemnitz',
        guestIds: [],
        ...(startDate === undefined ? {} : { startDate }),
      })),
    });
    expect(exchangesOf(dataset, 'chemnitz').map((exchange) => exchange.startDate ?? exchange.id)).toEqual([
      '2023-12-31',
      '2024',
      '2024-04',
      '2024-04-15',
      'e0',
      'e5',
    ]);
  });
});

describe('grantsOf with partial dates', () => {
  it('keeps a grant from December 2016 to 2017 in both years, and one of 2015 in 2015 only', () => {
    const dataset = parseDataset({
      municipalities: [CHEMNITZ],
      organisations: [{ id: 'sms', name: 'Ministerium', kind: 'ministry' }],
      fundingProgrammes: [{ id: 'p', name: 'Programm', funderId: 'sms', level: 'state' }],
      grants: [
        { id: 'a', programmeId: 'p', recipientId: 'chemnitz', startDate: '2016-12', endDate: '2017' },
        { id: 'b', programmeId: 'p', recipientId: 'chemnitz', startDate: '2015', endDate: '2015' },
      ],
    });
    expect(grantsOf(dataset, 'chemnitz').map((grant) => grant.id)).toEqual(['b', 'a']);
    expect(grantsOf(dataset, 'chemnitz', { year: 2016 }).map((grant) => grant.id)).toEqual(['a']);
    expect(grantsOf(dataset, 'chemnitz', { year: 2017 }).map((grant) => grant.id)).toEqual(['a']);
    expect(grantsOf(dataset, 'chemnitz', { year: 2015 }).map((grant) => grant.id)).toEqual(['b']);
  });

  it(
    'keeps exactly the grants whose days overlap the year',
    () => {
      const grant = fc.tuple(partialDates(), partialDates());
      fc.assert(
        fc.property(fc.array(grant, { maxLength: 6 }), fc.integer({ min: 2022, max: 2026 }), (periods, year) => {
          const dataset: Dataset = {
            municipalities: [CHEMNITZ],
            grants: periods.map(([start, end], index) => ({
              id: `g${index}`,
              programmeId: 'p',
              recipientId: 'chemnitz',
              startDate: start.text,
              endDate: end.text,
            })),
          };
          const first = Date.UTC(year, 0, 1) / DAY;
          const last = Date.UTC(year, 11, 31) / DAY;
          const expected = periods
            .map(([start, end], index) => ({ id: `g${index}`, start, end }))
            .filter(({ start, end }) => start.first <= last && end.last >= first)
            .map((grant) => grant.id)
            .sort();
          const found = grantsOf(dataset, 'chemnitz', { year }).map((found) => found.id);
          expect([...found].sort()).toEqual(expected);
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
