// Each meaning check of parseDataset: break the valid seed dataset in one place and find exactly
// that problem, at the right path, with its German message.
import { describe, expect, it } from 'vitest';
import { type KommunalIssue, parseDataset, safeParseDataset } from '../../src/index.js';
import { at, seedsJson } from '../seeds.js';

type Json = any;

function issuesAfter(mutate: (data: Json) => void, locale: 'de' | 'en' = 'de'): KommunalIssue[] {
  const data = seedsJson();
  mutate(data);
  const result = safeParseDataset(data, { locale });
  return result.success ? [] : [...result.error.issues];
}

const cases: [string, (data: Json) => void, KommunalIssue][] = [
  [
    'ids are unique within their collection',
    (d) => {
      d.municipalities.push({ ...d.municipalities[at(d, 'municipalities', 'wien')], name: 'Wien (doppelt)' });
    },
    {
      path: ['municipalities', 15, 'id'],
      code: 'duplicate_id',
      message: 'Die ID „wien“ kommt in „municipalities“ mehrfach vor (zuerst bei Index 1).',
    },
  ],
  [
    'programme item ids are unique within their exchange',
    (d) => {
      const programme = d.exchanges[at(d, 'exchanges', 'wiesbaden-2024-04')].programme;
      programme.push({ ...programme[0], start: '2024-04-16T09:00', end: '2024-04-16T10:00' });
    },
    {
      path: ['exchanges', 1, 'programme', 1, 'id'],
      code: 'duplicate_id',
      message: 'Die ID „begruessung“ kommt in „programme“ mehrfach vor (zuerst bei Index 0).',
    },
  ],
  [
    'a reference resolves',
    (d) => {
      d.exchanges[at(d, 'exchanges', 'chicago-2017')].guestIds.push('muenchen');
    },
    {
      path: ['exchanges', 2, 'guestIds', 7],
      code: 'unresolved_reference',
      message: '„muenchen“ ist keine Kommune oder Organisation in diesem Datensatz.',
    },
  ],
  [
    'a reference names the right kind of entity',
    (d) => {
      d.grants[at(d, 'grants', 'wir-wetteraukreis-2017')].recipientId = 'wiesbaden-konradinerallee-11';
    },
    {
      path: ['grants', 3, 'recipientId'],
      code: 'wrong_reference_kind',
      message:
        '„wiesbaden-konradinerallee-11“ ist ein Veranstaltungsort, erwartet wird eine Kommune oder eine Organisation.',
    },
  ],
  [
    'endDate is not before startDate',
    (d) => {
      d.exchanges[at(d, 'exchanges', 'bundesnetzwerktreffen-9')].endDate = '2023-09-19';
    },
    {
      path: ['exchanges', 3, 'endDate'],
      code: 'invalid_range',
      message: 'Das Ende (19. September 2023) liegt vor dem Beginn (20. September 2023).',
    },
  ],
  [
    'a programme item lies inside its exchange',
    (d) => {
      const item = d.exchanges[at(d, 'exchanges', 'wiesbaden-2024-04')].programme[0];
      item.start = '2024-04-19T09:00';
      delete item.end;
    },
    {
      path: ['exchanges', 1, 'programme', 0, 'start'],
      code: 'outside_period',
      message: '„2024-04-19T09:00“ liegt außerhalb des Austauschs (15.–18. April 2024).',
    },
  ],
  [
    'a return visit follows the visit',
    (d) => {
      const visit = d.exchanges[at(d, 'exchanges', 'wien-2024-02')];
      visit.startDate = '2024-05-06';
      visit.endDate = '2024-05-08';
    },
    {
      path: ['exchanges', 1, 'reciprocates'],
      code: 'invalid_reciprocation',
      message: 'Ein Gegenbesuch folgt dem Besuch: „wien-2024-02“ beginnt erst am 6. Mai 2024, nicht vorher.',
    },
  ],
  [
    'a return visit swaps host and guests',
    (d) => {
      d.exchanges[at(d, 'exchanges', 'wiesbaden-2024-04')].reciprocates = 'chicago-2017';
    },
    {
      path: ['exchanges', 1, 'reciprocates'],
      code: 'invalid_reciprocation',
      message:
        'Ein Gegenbesuch tauscht Gastgeber und Gäste: Der Gastgeber muss bei „chicago-2017“ zu Gast gewesen sein und dessen Gastgeber hier zu Gast.',
    },
  ],
  [
    'a partnership joins two different municipalities',
    (d) => {
      d.partnerships[at(d, 'partnerships', 'chicago-osaka')].municipalityIds = ['osaka', 'osaka'];
    },
    {
      path: ['partnerships', 5, 'municipalityIds'],
      code: 'invalid_partnership',
      message: 'Eine Partnerschaft verbindet zwei verschiedene Kommunen, nicht „osaka“ mit sich selbst.',
    },
  ],
  [
    'a partnership is not listed twice',
    (d) => {
      d.partnerships.push({ id: 'chicago-hamburg', kind: 'town-twinning', municipalityIds: ['chicago', 'hamburg'] });
    },
    {
      path: ['partnerships', 8],
      code: 'duplicate_partnership',
      message: 'Diese Partnerschaft steht schon bei Index 1: dieselben Kommunen, dieselbe Art.',
    },
  ],
  [
    'the AGS matches the Land',
    (d) => {
      d.municipalities[at(d, 'municipalities', 'wetzlar')].ags = '14511000';
    },
    {
      path: ['municipalities', 12, 'ags'],
      code: 'ags_state_mismatch',
      message: 'Der Schlüssel „14511000“ gehört zu Sachsen (DE-SN), nicht zu Hessen („state“: „DE-HE“).',
    },
  ],
  [
    'the AGS has a Kreis',
    (d) => {
      d.municipalities[at(d, 'municipalities', 'wetzlar')].ags = '06500000';
    },
    {
      path: ['municipalities', 12, 'ags'],
      code: 'invalid_ags',
      message:
        '„06500000“ ist kein gültiger Amtlicher Gemeindeschlüssel: Land 01–16, ein Regierungsbezirk dieses Landes, ein Kreis.',
    },
  ],
  [
    'only German municipalities have an AGS',
    (d) => {
      d.municipalities[at(d, 'municipalities', 'wien')].ags = '90001000';
    },
    {
      path: ['municipalities', 1, 'ags'],
      code: 'invalid_ags',
      message: 'Einen Amtlichen Gemeindeschlüssel („ags“) gibt es nur in Deutschland, nicht in Österreich.',
    },
  ],
  [
    'the state belongs to the country',
    (d) => {
      d.municipalities[at(d, 'municipalities', 'wien')].state = 'DE-BY';
    },
    {
      path: ['municipalities', 1, 'state'],
      code: 'state_country_mismatch',
      message: '„DE-BY“ („state“) gehört nicht zum Staat der Kommune: Sie liegt in Österreich („country“).',
    },
  ],
  [
    'a German state exists',
    (d) => {
      d.municipalities[at(d, 'municipalities', 'kiel')].state = 'DE-XX';
      delete d.municipalities[at(d, 'municipalities', 'kiel')].ags;
    },
    {
      path: ['municipalities', 11, 'state'],
      code: 'unknown_state',
      message: 'ISO 3166-2 kennt in Deutschland keinen Landesteil „DE-XX“ („state“).',
    },
  ],
  [
    'a German postal code has five digits',
    (d) => {
      d.venues[0].postalCode = '6518';
    },
    {
      path: ['venues', 0, 'postalCode'],
      code: 'invalid_postal_code',
      message: '„6518“ ist keine gültige Postleitzahl für Deutschland.',
    },
  ],
  [
    'a German postal code does not begin with 00',
    (d) => {
      d.venues[0].postalCode = '00189';
    },
    {
      path: ['venues', 0, 'postalCode'],
      code: 'invalid_postal_code',
      message: '„00189“ ist keine gültige Postleitzahl für Deutschland.',
    },
  ],
  [
    'an Austrian postal code has four digits',
    (d) => {
      d.venues.push({
        id: 'rathaus-wien',
        municipalityId: 'wien',
        streetAddress: 'Friedrich-Schmidt-Platz 1',
        postalCode: '01082',
        locality: 'Wien',
      });
    },
    {
      path: ['venues', 2, 'postalCode'],
      code: 'invalid_postal_code',
      message: '„01082“ ist keine gültige Postleitzahl für Österreich.',
    },
  ],
  [
    'a US postal code is a ZIP or ZIP+4',
    (d) => {
      d.venues.push({
        id: 'city-hall',
        municipalityId: 'chicago',
        streetAddress: '121 N LaSalle St',
        postalCode: '6060',
        locality: 'Chicago',
      });
    },
    {
      path: ['venues', 2, 'postalCode'],
      code: 'invalid_postal_code',
      message: '„6060“ ist keine gültige Postleitzahl für die USA.',
    },
  ],
  [
    'a time zone is a real IANA zone',
    (d) => {
      d.municipalities[at(d, 'municipalities', 'chicago')].timeZone = 'America/Springfield';
    },
    {
      path: ['municipalities', 3, 'timeZone'],
      code: 'invalid_time_zone',
      message: '„America/Springfield“ ist keine bekannte IANA-Zeitzone (z. B. „Europe/Berlin“).',
    },
  ],
  [
    'a time zone is given where the country has several',
    (d) => {
      delete d.municipalities[at(d, 'municipalities', 'chicago')].timeZone;
    },
    {
      path: ['municipalities', 3],
      code: 'missing_time_zone',
      message: 'Für eine Kommune in den USA fehlt die Zeitzone („timeZone“): Dort gelten mehrere.',
    },
  ],
  [
    'a calendar date exists',
    (d) => {
      d.exchanges[at(d, 'exchanges', 'wien-2024-02')].endDate = '2024-02-30';
    },
    {
      path: ['exchanges', 0, 'endDate'],
      code: 'invalid_date',
      message: '„2024-02-30“ ist kein gültiges Datum: Diesen Tag gibt es nicht.',
    },
  ],
  [
    'a local holiday falls on a day that exists',
    (d) => {
      d.municipalities[at(d, 'municipalities', 'chemnitz')].holidays = [
        { date: '08-15', name: 'Mariä Himmelfahrt' },
        { date: '02-30', name: 'Nirgendstag' },
      ];
    },
    {
      path: ['municipalities', 10, 'holidays', 1, 'date'],
      code: 'invalid_date',
      message: '„02-30“ ist kein gültiges Datum: Diesen Tag gibt es nicht.',
    },
  ],
  [
    'a day in a since/until exists',
    (d) => {
      d.measures[at(d, 'measures', 'wetteraukreis-diversity-tag-2017')].until = '2017-02-29';
    },
    {
      path: ['measures', 8, 'until'],
      code: 'invalid_date',
      message: '„2017-02-29“ ist kein gültiges Datum: Diesen Tag gibt es nicht.',
    },
  ],
  [
    'a wall-clock time exists in its zone',
    (d) => {
      const exchange = d.exchanges[at(d, 'exchanges', 'wien-2024-02')];
      exchange.startDate = '2024-03-30';
      exchange.endDate = '2024-03-31';
      d.exchanges[at(d, 'exchanges', 'wiesbaden-2024-04')].reciprocates = undefined;
      exchange.programme = [{ id: 'nacht', title: 'Nachtführung', start: '2024-03-31T02:30' }];
    },
    {
      path: ['exchanges', 0, 'programme', 0, 'start'],
      code: 'nonexistent_time',
      message:
        '„2024-03-31T02:30“ gibt es in der Zeitzone „Europe/Vienna“ nicht: Die Uhr springt dort zur Sommerzeit über diese Zeit hinweg.',
    },
  ],
  [
    'a grant lies inside its programme',
    (d) => {
      const programme = d.fundingProgrammes[at(d, 'fundingProgrammes', 'wir')];
      programme.startDate = '2014-01-01';
      programme.endDate = '2016-12-31';
    },
    {
      path: ['grants', 3, 'endDate'],
      code: 'outside_period',
      message:
        'Die Förderung (1. Januar – 31. Dezember 2017) liegt außerhalb der Laufzeit des Förderprogramms (1. Januar 2014 – 31. Dezember 2016).',
    },
  ],
  [
    'an organisation is not its own parent',
    (d) => {
      d.organisations[at(d, 'organisations', 'wiesbaden-stadt')].parentId = 'wiesbaden-stadt';
    },
    {
      path: ['organisations', 0, 'parentId'],
      code: 'reference_cycle',
      message:
        'Die Organisation „wiesbaden-stadt“ ist sich selbst übergeordnet: Die Kette ihrer übergeordneten Organisationen („parentId“) führt zu ihr zurück.',
    },
  ],
  [
    'a measure has someone responsible',
    (d) => {
      delete d.measures[at(d, 'measures', 'wetteraukreis-hemona')].organisationId;
    },
    {
      path: ['measures', 7],
      code: 'missing_responsible',
      message: 'Eine Maßnahme braucht eine verantwortliche Organisation oder Kommune.',
    },
  ],
  [
    'a session lies inside its measure',
    (d) => {
      d.measures[at(d, 'measures', 'wetteraukreis-diversity-tag-2017')].sessions = [
        { id: 'stand', title: 'Infostand', start: '2017-05-31T10:00' },
      ];
    },
    {
      path: ['measures', 8, 'sessions', 0, 'start'],
      code: 'outside_period',
      message: '„2017-05-31T10:00“ liegt außerhalb der Laufzeit der Maßnahme (2017-05-30 bis 2017-05-30).',
    },
  ],
];

describe('parseDataset: meaning checks', () => {
  it('accepts the seed dataset', () => {
    expect(() => parseDataset(seedsJson())).not.toThrow();
  });

  it.each(cases)('%s', (_, mutate, expected) => {
    expect(issuesAfter(mutate)).toEqual([expected]);
  });

  it.each(cases)('%s, in English', (_, mutate, expected) => {
    const [issue, ...rest] = issuesAfter(mutate, 'en');
    expect(rest).toEqual([]);
    expect(issue?.path).toEqual(expected.path);
    expect(issue?.code).toBe(expected.code);
    expect(issue?.message).not.toMatch(/[„“äöüß]| ist | liegt /);
  });

  it('reads programme times in the venue’s zone and checks them against the host’s calendar', () => {
    // 23:30 in Chicago on 13 June is already 14 June in Berlin, but the conference is Chicago's.
    const late = issuesAfter((d) => {
      d.exchanges[at(d, 'exchanges', 'chicago-2017')].programme = [
        { id: 'empfang', title: 'Empfang', start: '2017-06-13T23:30' },
        { id: 'bericht', title: 'Bericht aus Hamburg', start: '2017-06-14T05:00+02:00' },
      ];
    });
    expect(late).toEqual([]);
    const tooLate = issuesAfter((d) => {
      d.exchanges[at(d, 'exchanges', 'chicago-2017')].programme = [
        { id: 'bericht', title: 'Bericht aus Hamburg', start: '2017-06-14T07:00+02:00' },
      ];
    });
    expect(tooLate.map((issue) => issue.path.join('.'))).toEqual(['exchanges.2.programme.0.start']);
  });

  it('reports every problem at once, in input order', () => {
    const issues = issuesAfter((d) => {
      d.measures[0].kind = 'seminar';
      d.exchanges[0].endDate = '2023-12-31';
      d.municipalities[at(d, 'municipalities', 'chicago')].country = 'us';
      d.venues[0].postalCode = '123';
      d.grants.push({
        id: 'g',
        programmeId: 'nope',
        recipientId: 'wetteraukreis',
        startDate: '2018-01-01',
        endDate: '2018-12-31',
      });
    });
    expect(issues.map((issue) => `${issue.path.join('.')} ${issue.code}`)).toEqual([
      'municipalities.3.country invalid_format',
      'venues.0.postalCode invalid_postal_code',
      'exchanges.0.endDate invalid_range',
      'grants.4.programmeId unresolved_reference',
      'measures.0.kind invalid_value',
    ]);
  });

  it('does not report references to entities whose own shape is wrong', () => {
    const issues = issuesAfter((d) => {
      d.municipalities[at(d, 'municipalities', 'wien')].kind = 'metropole';
    });
    expect(issues.map((issue) => issue.path.join('.'))).toEqual(['municipalities.1.kind']);
  });

  it('speaks English on request', () => {
    const [issue] = issuesAfter((d) => {
      d.exchanges[at(d, 'exchanges', 'chicago-2017')].guestIds.push('muenchen');
    }, 'en');
    expect(issue?.message).toBe('"muenchen" is not a municipality or an organisation in this dataset.');
    const messages = issuesAfter((d) => {
      d.grants[0].recipientId = 'wiesbaden-konradinerallee-11';
      d.grants[1].endDate = '2014-12-31';
      delete d.municipalities[3].timeZone;
      d.exchanges[1].reciprocates = 'chicago-2017';
    }, 'en').map((entry) => entry.message);
    expect(messages).toEqual([
      'A municipality in the United States needs a time zone ("timeZone"): several apply there.',
      'A return visit swaps host and guests: the host must have been a guest of "chicago-2017", and its host a guest here.',
      '"wiesbaden-konradinerallee-11" is a venue, expected a municipality or an organisation.',
      'The end (2014-12-31) lies before the start (2015-01-01).',
    ]);
  });
});
