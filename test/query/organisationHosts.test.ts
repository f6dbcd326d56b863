// An exchange hosted by an organisation (a Welcome Center) with co-hosts: the queries find it
// under each, and the schedule reads its programme in the zone of the organisation's municipality.
import { describe, expect, it } from 'vitest';
import { detectConflicts, exchangesOf, parseDataset, scheduleOf } from '../../src/index.js';

const dataset = (hostMunicipalityId: string | undefined) =>
  parseDataset({
    municipalities: [
      { id: 'chicago', name: 'Chicago', kind: 'city', country: 'US', state: 'US-IL', timeZone: 'America/Chicago' },
      { id: 'kiel', name: 'Kiel', kind: 'state-capital', country: 'DE', state: 'DE-SH' },
    ],
    organisations: [
      {
        id: 'dfss',
        name: 'Department of Family and Support Services',
        kind: 'authority',
        ...(hostMunicipalityId === undefined ? {} : { municipalityId: hostMunicipalityId }),
      },
      { id: 'welcome-center-kiel', name: 'Welcome Center Kiel', kind: 'agency', municipalityId: 'kiel' },
    ],
    exchanges: [
      {
        id: 'konferenz',
        kind: 'conference',
        title: 'Internationale Fachkonferenz',
        hostId: 'dfss',
        coHostIds: ['welcome-center-kiel'],
        guestIds: ['kiel'],
        startDate: '2017-06-13',
        endDate: '2017-06-13',
        programme: [{ id: 'empfang', title: 'Empfang', start: '2017-06-13T18:00', end: '2017-06-13T19:00' }],
      },
    ],
  });

describe('an organisation as host', () => {
  it('is found by exchangesOf as host, and so is a co-host', () => {
    const data = dataset('chicago');
    expect(exchangesOf(data, 'dfss', { role: 'host' }).map((exchange) => exchange.id)).toEqual(['konferenz']);
    expect(exchangesOf(data, 'welcome-center-kiel', { role: 'host' }).map((exchange) => exchange.id)).toEqual([
      'konferenz',
    ]);
    expect(exchangesOf(data, 'welcome-center-kiel', { role: 'guest' })).toEqual([]);
    expect(exchangesOf(data, 'kiel', { role: 'guest' }).map((exchange) => exchange.id)).toEqual(['konferenz']);
  });

  it('gives the schedule the zone of its municipality, and Europe/Berlin without one', () => {
    const [inChicago] = scheduleOf(dataset('chicago'));
    expect(inChicago?.start.toISOString()).toBe('2017-06-13T23:00:00.000Z');
    expect(inChicago?.period?.timeZone).toBe('America/Chicago');
    expect(inChicago?.place?.name).toBe('Chicago');
    const [nowhere] = scheduleOf(dataset(undefined));
    expect(nowhere?.start.toISOString()).toBe('2017-06-13T16:00:00.000Z');
    expect(nowhere?.period?.timeZone).toBe('Europe/Berlin');
  });

  it('puts the programme inside the exchange in the host’s calendar', () => {
    const kinds = detectConflicts(scheduleOf(dataset('chicago'))).map((conflict) => conflict.kind);
    expect(kinds).not.toContain('outside-exchange-period');
  });
});
