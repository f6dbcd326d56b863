// toJsonLd against a JSON Schema written by hand from schema.org's and Google's documentation of
// Event (test/fixtures/jsonld/event.schema.json), checked with ajv: on the seed dataset, on
// generated datasets and on the cases the documentation names; every output round-trips JSON.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Dataset,
  type JsonLdEvent,
  KommunalValidationError,
  parseDataset,
  safeParseDataset,
  toJsonLd,
} from '../../src/index.js';
import { issueOf, issuesOf } from '../issues.js';
import { PROPERTY_TIMEOUT } from '../property.js';
import { seedsJson } from '../seeds.js';

const schema = JSON.parse(readFileSync(new URL('../fixtures/jsonld/event.schema.json', import.meta.url), 'utf8'));
// strictRequired off: the top level and subEvent require properties that they take from eventNode
// through allOf, which ajv's strict mode does not look into.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
const validate = ajv.compile(schema);

/** The output, checked against the schema and for a lossless JSON round trip. */
function checked(event: JsonLdEvent): JsonLdEvent {
  const valid = validate(event);
  expect(valid ? [] : validate.errors).toEqual([]);
  expect(JSON.parse(JSON.stringify(event))).toStrictEqual(event);
  return event;
}

const wiesbaden = { id: 'wiesbaden', name: 'Wiesbaden', kind: 'state-capital', country: 'DE', state: 'DE-HE' };
const chicago = {
  id: 'chicago',
  name: 'Chicago',
  kind: 'city',
  country: 'US',
  state: 'US-IL',
  timeZone: 'America/Chicago',
};
const venue = {
  id: 'k11',
  name: 'Rathaus',
  municipalityId: 'wiesbaden',
  streetAddress: 'Konradinerallee 11',
  postalCode: '65189',
  locality: 'Wiesbaden',
  room: '4.161',
};
const amt = {
  id: 'amt',
  name: 'Amt für Soziale Arbeit',
  acronym: 'ASA',
  kind: 'authority',
  municipalityId: 'wiesbaden',
  website: 'https://www.wiesbaden.de/',
};

function exchangeDataset(exchange: Record<string, unknown>, extra: Record<string, unknown> = {}): Dataset {
  return parseDataset({
    municipalities: [wiesbaden, chicago],
    organisations: [amt],
    venues: [venue],
    exchanges: [
      {
        id: 'x',
        kind: 'professional-exchange',
        title: 'Fachkräfteaustausch',
        hostId: 'wiesbaden',
        guestIds: [],
        ...exchange,
      },
    ],
    ...extra,
  });
}

describe('the Event schema', () => {
  const good = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: 'Fachkräfteaustausch',
    startDate: '2024-04-15',
    location: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Wiesbaden' } },
  };

  it('takes what Google requires and refuses each of its omissions and misspellings', () => {
    expect(validate(good)).toBe(true);
    const { startDate: _start, ...noStart } = good;
    const { location: _location, ...noLocation } = good;
    for (const bad of [
      noStart,
      noLocation,
      { ...good, location: { '@type': 'Place', name: 'Rathaus' } },
      { ...good, startDate: '2024-04-15T09:00' },
      { ...good, startDate: '15.04.2024' },
      { ...good, eventStatus: 'https://schema.org/EventPlanned' },
      { ...good, organiser: { '@type': 'Organization', name: 'Amt' } },
      { ...good, inLanguage: 'Deutsch' },
      { ...good, subEvent: [{ '@type': 'Event', name: 'A', startDate: 'morgen' }] },
    ]) {
      expect(validate(bad)).toBe(false);
    }
  });
});

describe('toJsonLd on the seed dataset', () => {
  const seeds = seedsJson();
  const dataset = parseDataset(seeds);

  it.each([
    ['exchanges', 'startDate'],
    ['measures', 'since'],
  ] as const)(
    'writes every one of the %s with a %s, and refuses the others with missing_start',
    (collection, field) => {
      const entities = (seeds[collection] ?? []) as Record<string, unknown>[];
      expect(entities.length).toBeGreaterThan(0);
      for (const [position, entity] of entities.entries()) {
        const id = entity['id'] as string;
        if (entity[field] === undefined) {
          expect(issuesOf(() => toJsonLd(dataset, id))).toEqual([
            { path: [collection, position, field], code: 'missing_start', message: expect.stringContaining(id) },
          ]);
          continue;
        }
        const event = checked(toJsonLd(dataset, id));
        expect(event.name).toBe(entity['title']);
        expect(event.startDate).toBe(entity[field]);
      }
    },
  );

  it('writes the Wiesbaden exchange with its organiser, venue and the Begrüßung at 9 Uhr Berlin summer time', () => {
    const event = checked(toJsonLd(dataset, 'wiesbaden-2024-04'));
    expect(event.organizer).toEqual({ '@type': 'Organization', name: 'Amt für Soziale Arbeit' });
    expect(event.location).toEqual({
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        streetAddress: 'Konradinerallee 11',
        postalCode: '65189',
        addressLocality: 'Wiesbaden',
        addressCountry: 'DE',
      },
    });
    expect(event.subEvent?.map(({ startDate, endDate }) => [startDate, endDate])).toEqual([
      ['2024-04-15T09:00:00+02:00', '2024-04-15T10:00:00+02:00'],
    ]);
    // People are not written: personIds say who takes part, not who performs.
    expect(JSON.stringify(event)).not.toMatch(/Person|Herrmann|Leß/);
  });

  it('places the Chicago conference in Chicago, US, as its host', () => {
    const event = checked(toJsonLd(dataset, 'chicago-2017'));
    expect(event.location).toEqual({
      '@type': 'Place',
      name: 'Chicago',
      address: { '@type': 'PostalAddress', addressLocality: 'Chicago', addressCountry: 'US' },
    });
  });
});

describe('toJsonLd dates and times', () => {
  it('writes wall-clock times with the offset of the zone on that day, across the change of clocks', () => {
    const dataset = exchangeDataset({
      startDate: '2024-03',
      endDate: '2024-10',
      programme: [
        { id: 'winter', title: 'Vor der Umstellung', start: '2024-03-30T09:00', end: '2024-03-30T10:30' },
        { id: 'sommer', title: 'Nach der Umstellung', start: '2024-03-31T09:00', venueId: 'k11' },
        { id: 'z', title: 'Als Instant gegeben', start: '2024-10-27T07:00Z', end: '2024-10-27T09:00+01:00' },
        { id: 'tag', title: 'Empfang', start: '2024-04-16' },
        { id: 'offen', title: 'Besuch einer Beratungsstelle' },
      ],
    });
    const event = checked(toJsonLd(dataset, 'x'));
    expect(event.startDate).toBe('2024-03');
    expect(event.endDate).toBe('2024-10');
    expect(event.subEvent?.map(({ name, startDate, endDate }) => ({ name, startDate, endDate }))).toEqual([
      { name: 'Vor der Umstellung', startDate: '2024-03-30T09:00:00+01:00', endDate: '2024-03-30T10:30:00+01:00' },
      { name: 'Nach der Umstellung', startDate: '2024-03-31T09:00:00+02:00', endDate: undefined },
      { name: 'Als Instant gegeben', startDate: '2024-10-27T08:00:00+01:00', endDate: '2024-10-27T09:00:00+01:00' },
      { name: 'Empfang', startDate: '2024-04-16', endDate: undefined },
      { name: 'Besuch einer Beratungsstelle', startDate: undefined, endDate: undefined },
    ]);
    // A field the dataset lacks is left out, not written as undefined or null.
    expect(Object.keys(event.subEvent?.[4] ?? {})).toEqual(['@type', 'name']);
  });

  it('reads times in the zone of the venue, else of the host', () => {
    const dataset = parseDataset({
      municipalities: [wiesbaden, chicago],
      venues: [venue],
      exchanges: [
        {
          id: 'chicago-2017',
          kind: 'conference',
          title: 'Fachkonferenz',
          hostId: 'chicago',
          guestIds: ['wiesbaden'],
          startDate: '2017-06-13',
          programme: [{ id: 'a', title: 'Eröffnung', start: '2017-06-13T10:00' }],
        },
      ],
    });
    expect(checked(toJsonLd(dataset, 'chicago-2017')).subEvent?.[0]?.startDate).toBe('2017-06-13T10:00:00-05:00');
  });

  it('writes an instant whose zone offset has seconds (local mean time) in UTC, since ISO 8601 has no such offset', () => {
    const dataset = exchangeDataset({
      startDate: '1880',
      programme: [{ id: 'alt', title: 'Alte Zeit', start: '1880-05-01T12:00' }],
    });
    // Berlin's local mean time was +00:53:28 until 1893.
    expect(checked(toJsonLd(dataset, 'x')).subEvent?.[0]?.startDate).toBe('1880-05-01T11:06:32Z');
  });

  it('refuses an exchange without a date, in German and in English, naming it', () => {
    const dataset = exchangeDataset({ title: '10. Bundesnetzwerktreffen' });
    expect(issuesOf(() => toJsonLd(dataset, 'x'))).toEqual([
      {
        path: ['exchanges', 0, 'startDate'],
        code: 'missing_start',
        message:
          'Der Austausch „10. Bundesnetzwerktreffen“ („x“) hat kein Datum (startDate): Google verlangt für Veranstaltungen ein startDate, und kommunal erfindet keines. Tragen Sie das Datum ein, sobald es bekannt ist, auch nur als Jahr oder Monat („2025“, „2025-10“).',
      },
    ]);
    expect(issueOf(() => toJsonLd(dataset, 'x', { locale: 'en' }))?.message).toBe(
      'The exchange "10. Bundesnetzwerktreffen" ("x") has no date (startDate): Google requires a startDate for events, and kommunal invents none. Add the date once it is known, even as a year or a month ("2025", "2025-10").',
    );
  });
});

describe('toJsonLd status, organisers, performers and languages', () => {
  it.each([
    ['planned', 'https://schema.org/EventScheduled'],
    ['confirmed', 'https://schema.org/EventScheduled'],
    ['held', 'https://schema.org/EventScheduled'],
    ['cancelled', 'https://schema.org/EventCancelled'],
    [undefined, undefined],
  ])('maps the status %s to %s', (status, eventStatus) => {
    const dataset = exchangeDataset({ startDate: '2024-04-15', ...(status === undefined ? {} : { status }) });
    expect(checked(toJsonLd(dataset, 'x')).eventStatus).toBe(eventStatus);
  });

  it('writes organisations and municipalities as organisers, with acronym and website', () => {
    const dataset = exchangeDataset({
      startDate: '2024-04-15',
      organiserIds: ['amt'],
      url: 'https://www.wiesbaden.de/x',
    });
    const event = checked(toJsonLd(dataset, 'x'));
    expect(event.organizer).toEqual({
      '@type': 'Organization',
      name: 'Amt für Soziale Arbeit',
      alternateName: 'ASA',
      url: 'https://www.wiesbaden.de/',
    });
    expect(event.url).toBe('https://www.wiesbaden.de/x');
  });

  const relations = parseDataset({
    municipalities: [wiesbaden, { id: 'wien', name: 'Wien', kind: 'city-state', country: 'AT', state: 'AT-9' }],
    organisations: [amt, { id: 'fh', name: 'Fachhochschule Wien', kind: 'other', municipalityId: 'wien' }],
    venues: [venue],
    exchanges: [
      {
        id: 'x',
        kind: 'delegation-visit',
        title: 'Delegationsbesuch',
        hostId: 'wiesbaden',
        guestIds: ['wien'],
        startDate: '2024-04-15',
        delegations: [
          { municipalityId: 'wien', languages: ['de', 'en'] },
          { organisationId: 'fh', languages: ['en', 'ar'] },
        ],
        programme: [
          { id: 'vortrag', title: 'Vortrag', start: '2024-04-15T10:00', role: 'presentation', contributorIds: ['fh'] },
          { id: 'besuch', title: 'Besuch', start: '2024-04-15T14:00', role: 'visit', contributorIds: ['amt'] },
          {
            id: 'gruss',
            title: 'Grußwort',
            start: '2024-04-15T09:00',
            role: 'greeting',
            contributorIds: ['wiesbaden', 'fh'],
          },
        ],
      },
    ],
    measures: [
      {
        id: 'kurs',
        kind: 'training',
        title: 'Sprachkurs',
        organisationId: 'amt',
        since: '2024-01',
        languages: ['de', 'prs'],
        description: 'Deutsch für Zugewanderte.',
        sessions: [
          { id: 's1', title: 'Erster Termin', start: '2024-01-09T18:00', end: '2024-01-09T19:30', venueId: 'k11' },
          { id: 's2', title: 'Zweiter Termin', start: '2024-01-16T18:00', venueId: 'k11' },
        ],
      },
    ],
  });

  it('writes contributors who give an item as its performers, and all of them on the event; the visited are none', () => {
    const event = checked(toJsonLd(relations, 'x'));
    const fh = { '@type': 'Organization', name: 'Fachhochschule Wien' };
    expect(event.subEvent?.map((sub) => sub.performer)).toEqual([
      fh,
      undefined,
      [{ '@type': 'GovernmentOrganization', name: 'Wiesbaden' }, fh],
    ]);
    expect(event.performer).toEqual([fh, { '@type': 'GovernmentOrganization', name: 'Wiesbaden' }]);
  });

  it("writes the delegations' languages as an exchange's inLanguage, each once, and no language where none is given", () => {
    expect(checked(toJsonLd(relations, 'x')).inLanguage).toEqual(['de', 'en', 'ar']);
    expect(checked(toJsonLd(exchangeDataset({ startDate: '2024-04-15' }), 'x')).inLanguage).toBeUndefined();
  });

  it('writes a measure with sessions as an EventSeries at its venue, with its languages, organiser and description', () => {
    const series = checked(toJsonLd(relations, 'kurs'));
    expect(series['@type']).toBe('EventSeries');
    expect(series.inLanguage).toEqual(['de', 'prs']);
    expect(series.description).toBe('Deutsch für Zugewanderte.');
    expect(series.organizer).toMatchObject({ name: 'Amt für Soziale Arbeit' });
    expect(series.location).toMatchObject({ '@type': 'Place', name: 'Rathaus' });
    expect(series.subEvent?.map((sub) => sub.startDate)).toEqual([
      '2024-01-09T18:00:00+01:00',
      '2024-01-16T18:00:00+01:00',
    ]);
  });

  it('writes a measure without sessions as an Event in the municipality of its organisation', () => {
    const dataset = parseDataset({
      municipalities: [wiesbaden],
      organisations: [amt],
      measures: [
        {
          id: 'tag',
          kind: 'action-day',
          title: 'Aktionstag',
          organisationId: 'amt',
          since: '2017-05-30',
          until: '2017-05-30',
        },
      ],
    });
    const event = checked(toJsonLd(dataset, 'tag'));
    expect(event['@type']).toBe('Event');
    expect(event.location).toEqual({
      '@type': 'Place',
      name: 'Wiesbaden',
      address: { '@type': 'PostalAddress', addressLocality: 'Wiesbaden', addressCountry: 'DE' },
    });
  });

  it("places an exchange hosted by an organisation in the organisation's municipality, and refuses one with none", () => {
    const dataset = parseDataset({
      municipalities: [{ id: 'kiel', name: 'Kiel', kind: 'state-capital', country: 'DE', state: 'DE-SH' }],
      organisations: [
        { id: 'wcc-kiel', name: 'Welcome Center Kiel', kind: 'agency', municipalityId: 'kiel' },
        { id: 'netz', name: 'Netzwerk der Welcome Center', kind: 'network' },
      ],
      exchanges: [
        {
          id: 'bnt-10',
          kind: 'network-meeting',
          title: '10. Bundesnetzwerktreffen',
          hostId: 'wcc-kiel',
          guestIds: [],
          startDate: '2025-10',
        },
        { id: 'online', kind: 'network-meeting', title: 'Austausch', hostId: 'netz', guestIds: [], startDate: '2025' },
      ],
    });
    expect(checked(toJsonLd(dataset, 'bnt-10')).location).toEqual({
      '@type': 'Place',
      name: 'Kiel',
      address: { '@type': 'PostalAddress', addressLocality: 'Kiel', addressCountry: 'DE' },
    });
    expect(issueOf(() => toJsonLd(dataset, 'online'))?.code).toBe('missing_location');
  });

  it('refuses a measure with no venue and no municipality to place it in, in German and English', () => {
    const dataset = parseDataset({
      municipalities: [wiesbaden],
      organisations: [{ id: 'netz', name: 'Netzwerk', kind: 'network' }],
      measures: [{ id: 'm', kind: 'event', title: 'Fachtag', organisationId: 'netz', since: '2025' }],
    });
    expect(issuesOf(() => toJsonLd(dataset, 'm'))).toEqual([
      {
        path: ['measures', 0],
        code: 'missing_location',
        message:
          'Die Maßnahme „Fachtag“ („m“) hat keinen bekannten Ort: kein Veranstaltungsort im Terminplan und keine Gemeinde der Verantwortlichen. Google verlangt für Veranstaltungen einen Ort (location).',
      },
    ]);
    expect(issueOf(() => toJsonLd(dataset, 'm', { locale: 'en' }))?.message).toMatch(
      /^The measure "Fachtag" \("m"\) has no known place/,
    );
  });

  it('lists several venues of a programme as several places, each once', () => {
    const dataset = exchangeDataset(
      {
        startDate: '2024-04-15',
        programme: [
          { id: 'a', title: 'A', start: '2024-04-15T09:00', venueId: 'k11' },
          { id: 'b', title: 'B', start: '2024-04-15T11:00', venueId: 'fz' },
          { id: 'c', title: 'C', start: '2024-04-15T14:00', venueId: 'k11' },
        ],
      },
      {
        venues: [
          venue,
          {
            id: 'fz',
            municipalityId: 'wiesbaden',
            streetAddress: 'Kirchgasse 1',
            postalCode: '65183',
            locality: 'Wiesbaden',
          },
        ],
      },
    );
    const location = checked(toJsonLd(dataset, 'x')).location;
    expect(Array.isArray(location) && location.map((place) => place.address.streetAddress)).toEqual([
      'Konradinerallee 11',
      'Kirchgasse 1',
    ]);
  });
});

describe('toJsonLd on generated datasets', () => {
  const zones = [wiesbaden, chicago, { id: 'osaka', name: 'Osaka', kind: 'city', country: 'JP' }];
  const wallClock = fc
    .record({
      day: fc.integer({ min: 1, max: 28 }),
      month: fc.integer({ min: 1, max: 12 }),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
    })
    .map(({ day, month, hour, minute }) => {
      const pad = (value: number) => String(value).padStart(2, '0');
      return { day: `2025-${pad(month)}-${pad(day)}`, time: `T${pad(hour)}:${pad(minute)}` };
    });
  const item = fc.record({
    clock: wallClock,
    form: fc.constantFrom('wall', 'day', 'none', 'offset'),
    venue: fc.boolean(),
  });
  const arbitrary = fc.record({
    host: fc.constantFrom(...zones.map((zone) => zone.id)),
    status: fc.option(fc.constantFrom('planned', 'confirmed', 'held', 'cancelled'), { nil: undefined }),
    start: fc.constantFrom('2025', '2025-01', undefined),
    items: fc.array(item, { maxLength: 8 }),
    measure: fc.boolean(),
  });

  it(
    'writes an event that fits the schema and round-trips JSON, or refuses one without a date',
    () => {
      fc.assert(
        fc.property(arbitrary, ({ host, status, start, items, measure }) => {
          const entries = items.map(({ clock, form, venue: atVenue }, position) => ({
            id: `i${position}`,
            title: `Programmpunkt ${position + 1}`,
            ...(form === 'wall' ? { start: clock.day + clock.time } : {}),
            ...(form === 'offset' ? { start: `${clock.day}${clock.time}+03:00` } : {}),
            ...(form === 'day' ? { start: clock.day } : {}),
            ...(atVenue ? { venueId: 'k11' } : {}),
          }));
          const owner = {
            id: 'e',
            title: 'Veranstaltung',
            ...(status === undefined ? {} : { status }),
          };
          const input = {
            municipalities: zones,
            venues: [venue],
            organisations: [amt],
            ...(measure
              ? {
                  measures: [
                    {
                      ...owner,
                      kind: 'event',
                      municipalityId: host,
                      sessions: entries,
                      ...(start ? { since: start } : {}),
                    },
                  ],
                }
              : {
                  exchanges: [
                    {
                      ...owner,
                      kind: 'conference',
                      hostId: host,
                      guestIds: [],
                      programme: entries,
                      ...(start ? { startDate: start, endDate: '2025' } : {}),
                    },
                  ],
                }),
          };
          const parsed = safeParseDataset(input);
          if (!parsed.success) return; // Items outside the dates or a time in a gap: parseDataset refuses them.
          if (start === undefined) {
            expect(issueOf(() => toJsonLd(parsed.data, 'e'))?.code).toBe('missing_start');
            return;
          }
          const event = checked(toJsonLd(parsed.data, 'e'));
          expect(event['@type']).toBe(measure && entries.length > 0 ? 'EventSeries' : 'Event');
          expect(event.subEvent?.length ?? 0).toBe(entries.length);
        }),
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('toJsonLd on hostile input', () => {
  const dataset = exchangeDataset({ startDate: '2024-04-15', organiserIds: ['amt'] });

  it('refuses an unknown id, and an id that is an exchange and a measure', () => {
    expect(issuesOf(() => toJsonLd(dataset, 'nirgends'))).toEqual([
      {
        path: [],
        code: 'unresolved_reference',
        message: 'toJsonLd kennt keinen Austausch und keine Maßnahme mit der ID „nirgends“.',
      },
    ]);
    expect(issueOf(() => toJsonLd(dataset, 5 as never))?.code).toBe('invalid_type');
    const both = parseDataset({
      municipalities: [wiesbaden],
      exchanges: [{ id: 'x', kind: 'conference', title: 'A', hostId: 'wiesbaden', guestIds: [], startDate: '2024' }],
      measures: [{ id: 'x', kind: 'event', title: 'B', municipalityId: 'wiesbaden', since: '2024' }],
    });
    expect(issueOf(() => toJsonLd(both, 'x'))?.code).toBe('invalid_value');
  });

  it('turns what a Proxy or a getter throws into a KommunalValidationError', () => {
    const plain = structuredClone(dataset) as unknown as { exchanges: Record<string, unknown>[] };
    const trap = new Proxy(plain, {
      get(target, key, receiver) {
        if (key === 'venues') throw new Error('Falle');
        return Reflect.get(target, key, receiver);
      },
    });
    expect(() => toJsonLd(trap as unknown as Dataset, 'x')).toThrow(KommunalValidationError);
    const exchange = { ...(plain.exchanges[0] as object) };
    Object.defineProperty(exchange, 'url', {
      get() {
        throw new Error('Getter');
      },
      enumerable: true,
    });
    const withGetter = { ...plain, exchanges: [exchange] } as unknown as Dataset;
    expect(issueOf(() => toJsonLd(withGetter, 'x'))?.message).toMatch(/Getter/);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(() => toJsonLd(proxy as Dataset, 'x')).toThrow(KommunalValidationError);
  });

  it('refuses a value of the wrong type in a dataset built in code, naming its path', () => {
    const plain = structuredClone(dataset) as unknown as { exchanges: Record<string, unknown>[] };
    const wrong = {
      ...plain,
      exchanges: [{ ...plain.exchanges[0], status: 'abgesagt', url: 5 }],
    } as unknown as Dataset;
    expect(issuesOf(() => toJsonLd(wrong, 'x'))).toEqual([
      {
        path: ['exchanges', 0, 'status'],
        code: 'invalid_value',
        message: '„exchanges.0.status“ muss „planned“, „confirmed“, „held“ oder „cancelled“ sein, nicht „abgesagt“.',
      },
    ]);
  });

  // Datasets built in code reach toJsonLd unchecked: each misfit is an error at its path.
  const built = (exchange: Record<string, unknown>, measure: Record<string, unknown> = {}) =>
    ({
      municipalities: [wiesbaden],
      organisations: [amt],
      exchanges: [
        {
          id: 'x',
          kind: 'conference',
          title: 'X',
          hostId: 'wiesbaden',
          guestIds: [],
          startDate: '2024-04-15',
          ...exchange,
        },
      ],
      measures: [{ id: 'm', kind: 'event', title: 'M', municipalityId: 'wiesbaden', since: '2024', ...measure }],
    }) as unknown as Dataset;

  it.each([
    [
      'an organiser the dataset lacks',
      built({ organiserIds: ['amt', 'niemand'] }),
      'x',
      ['exchanges', 0, 'organiserIds', 1],
      'unresolved_reference',
    ],
    [
      'a contributor the dataset lacks',
      built({ programme: [{ id: 'p', title: 'P', role: 'speech', contributorIds: ['amt', 'niemand'] }] }),
      'x',
      ['exchanges', 0, 'programme', 0, 'contributorIds', 1],
      'unresolved_reference',
    ],
    [
      'a responsible body the dataset lacks',
      built({}, { municipalityId: 'niemand' }),
      'm',
      ['measures', 0, 'municipalityId'],
      'unresolved_reference',
    ],
    ['a start that is no date', built({ startDate: '15.04.2024' }), 'x', ['exchanges', 0, 'startDate'], 'invalid_type'],
    [
      'a language that is no code',
      built({}, { languages: ['Deutsch'] }),
      'm',
      ['measures', 0, 'languages', 0],
      'invalid_value',
    ],
    ['languages that are no list', built({}, { languages: 'de' }), 'm', ['measures', 0, 'languages'], 'invalid_type'],
    [
      'delegations that are no list',
      built({ delegations: 'Wien' }),
      'x',
      ['exchanges', 0, 'delegations'],
      'invalid_type',
    ],
    [
      'a delegation that is no object',
      built({ delegations: [5] }),
      'x',
      ['exchanges', 0, 'delegations', 0],
      'invalid_type',
    ],
    ['a title that is no text', built({}, { description: 5 }), 'm', ['measures', 0, 'description'], 'invalid_type'],
    [
      'a time the clocks skip',
      built({ programme: [{ id: 'p', title: 'P', start: '2024-03-31T02:30' }] }),
      'x',
      ['exchanges', 0, 'programme', 0, 'start'],
      'nonexistent_time',
    ],
    [
      'a time past the year 9999 in its zone',
      built({ startDate: '9999', programme: [{ id: 'p', title: 'P', start: '9999-12-31T23:30Z' }] }),
      'x',
      ['exchanges', 0, 'programme', 0, 'start'],
      'invalid_date',
    ],
  ])('refuses %s, naming its path', (_, dataset, id, path, code) => {
    const issues = issuesOf(() => toJsonLd(dataset, id));
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual([[path, code]]);
  });

  it('names the path of an organisation whose name is no text', () => {
    const dataset = {
      municipalities: [wiesbaden],
      organisations: [
        { id: 'a', kind: 'other' },
        { ...amt, name: 5 },
      ],
      exchanges: [
        {
          id: 'x',
          kind: 'conference',
          title: 'X',
          hostId: 'wiesbaden',
          guestIds: [],
          startDate: '2024',
          organiserIds: ['amt'],
        },
      ],
    } as unknown as Dataset;
    expect(issueOf(() => toJsonLd(dataset, 'x'))?.path).toEqual(['organisations', 1, 'name']);
  });

  it('says in German and English which reference names nothing', () => {
    const dataset = built({ organiserIds: ['niemand'] });
    expect(issueOf(() => toJsonLd(dataset, 'x'))?.message).toBe(
      '„exchanges.0.organiserIds.0“ nennt „niemand“, doch der Datensatz kennt keine Organisation und keine Kommune mit dieser ID.',
    );
    expect(issueOf(() => toJsonLd(dataset, 'x', { locale: 'en' }))?.message).toBe(
      '"exchanges.0.organiserIds.0" names "niemand", but the dataset has no organisation and no municipality with that id.',
    );
  });

  it('keeps the milliseconds of a time given with them', () => {
    const dataset = built({ programme: [{ id: 'p', title: 'P', start: '2024-04-15T09:00:00.250+02:00' }] });
    expect(checked(toJsonLd(dataset, 'x')).subEvent?.[0]?.startDate).toBe('2024-04-15T09:00:00.250+02:00');
  });

  it('writes a programme of 10,000 items and refuses 10,001 at once, naming the limit', () => {
    const programme = (count: number) =>
      Array.from({ length: count }, (_, position) => ({
        id: `p${position}`,
        title: `Punkt ${position}`,
        start: `2024-04-15T${String(8 + (position % 10)).padStart(2, '0')}:00`,
      }));
    const big = {
      ...structuredClone(dataset),
      exchanges: [{ ...dataset.exchanges?.[0], programme: programme(10_000) }],
    };
    let started = performance.now();
    expect(toJsonLd(big as Dataset, 'x').subEvent).toHaveLength(10_000);
    expect(performance.now() - started).toBeLessThan(3_000);
    const bigger = { ...big, exchanges: [{ ...dataset.exchanges?.[0], programme: programme(10_001) }] };
    started = performance.now();
    expect(issuesOf(() => toJsonLd(bigger as Dataset, 'x'))).toEqual([
      {
        path: ['exchanges', 0, 'programme'],
        code: 'too_big',
        message:
          'Der Austausch „Fachkräfteaustausch“ („x“) hat 10\u202f001 Programmpunkte oder Termine; toJsonLd schreibt höchstens 10\u202f000 als subEvent.',
      },
    ]);
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it('changes nothing it is given and returns a new object each call', () => {
    const input = structuredClone(dataset) as Dataset;
    const before = structuredClone(input);
    const first = toJsonLd(input, 'x');
    expect(input).toStrictEqual(before);
    expect(toJsonLd(input, 'x')).not.toBe(first);
  });
});
