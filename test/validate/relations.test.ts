// Relations and office records: hosts and guests that are organisations, delegations, memberships,
// committees and funding decisions. Each case breaks the valid seed dataset in one place and finds
// exactly that problem, at its path, in German and in English.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type KommunalIssue, parseDataset, safeParseDataset } from '../../src/index.js';
import { firstDay, lastDay } from '../../src/validate/dates.js';
import { agreeingDecision } from '../arbitraries.js';
import { PROPERTY_TIMEOUT } from '../property.js';
import { at, seedsJson } from '../seeds.js';

type Json = any;

function resultAfter(mutate: (data: Json) => void, locale: 'de' | 'en' = 'de') {
  const data = seedsJson();
  mutate(data);
  return { data, result: safeParseDataset(data, { locale, today: '2026-12-01' }) };
}

function issuesAfter(mutate: (data: Json) => void, locale: 'de' | 'en' = 'de'): KommunalIssue[] {
  const { result } = resultAfter(mutate, locale);
  return result.success ? [] : [...result.error.issues];
}

const exchange = (d: Json) => d.exchanges[at(d, 'exchanges', 'bundesnetzwerktreffen-9')];
const grant = (d: Json) => d.grants[at(d, 'grants', 'wir-wetteraukreis-2017')];
const decision = (d: Json) => {
  grant(d).decisions = [agreeingDecision()];
  return grant(d).decisions[0];
};

/** A case: its name, how it breaks the seeds, the path (from the data) and code it must find, and its German message. */
type Case = [string, (d: Json) => void, (d: Json) => readonly (string | number)[], KommunalIssue['code'], string];

const cases: Case[] = [
  [
    'a host is a municipality or an organisation',
    (d) => {
      exchange(d).hostId = 'martin-dulig';
    },
    (d) => ['exchanges', at(d, 'exchanges', 'bundesnetzwerktreffen-9'), 'hostId'],
    'wrong_reference_kind',
    '„martin-dulig“ ist eine Person, erwartet wird eine Kommune oder eine Organisation.',
  ],
  [
    'co-hosts resolve',
    (d) => {
      exchange(d).coHostIds = ['welcome-center-kiel', 'welcome-center-bremen'];
    },
    (d) => ['exchanges', at(d, 'exchanges', 'bundesnetzwerktreffen-9'), 'coHostIds', 1],
    'unresolved_reference',
    '„welcome-center-bremen“ ist keine Kommune oder Organisation in diesem Datensatz.',
  ],
  [
    'organisers may be municipalities, not persons',
    (d) => {
      exchange(d).organiserIds = ['chemnitz', 'martin-dulig'];
    },
    (d) => ['exchanges', at(d, 'exchanges', 'bundesnetzwerktreffen-9'), 'organiserIds', 1],
    'wrong_reference_kind',
    '„martin-dulig“ ist eine Person, erwartet wird eine Kommune oder eine Organisation.',
  ],
  [
    'a delegation’s members are persons',
    (d) => {
      exchange(d).delegations = [{ organisationId: 'zefas', members: ['matthias-geissler', 'zefas'] }];
    },
    (d) => ['exchanges', at(d, 'exchanges', 'bundesnetzwerktreffen-9'), 'delegations', 0, 'members', 1],
    'wrong_reference_kind',
    '„zefas“ ist eine Organisation, erwartet wird eine Person.',
  ],
  [
    'a delegation’s interpreters are persons',
    (d) => {
      exchange(d).delegations = [{ interpreters: ['dolmetscherin'] }];
    },
    (d) => ['exchanges', at(d, 'exchanges', 'bundesnetzwerktreffen-9'), 'delegations', 0, 'interpreters', 0],
    'unresolved_reference',
    '„dolmetscherin“ ist keine Person in diesem Datensatz.',
  ],
  [
    'a delegation’s leader is among its members',
    (d) => {
      exchange(d).delegations = [
        { municipalityId: 'chemnitz', members: ['sebastian-vogel'], leaderId: 'martin-dulig', languages: ['de'] },
      ];
    },
    (d) => ['exchanges', at(d, 'exchanges', 'bundesnetzwerktreffen-9'), 'delegations', 0, 'leaderId'],
    'leader_not_member',
    'Die Leitung der Delegation, „martin-dulig“ („leaderId“), steht nicht unter ihren Mitgliedern („members“).',
  ],
  [
    'a programme item’s contributors are municipalities or organisations',
    (d) => {
      exchange(d).programme = [
        { id: 'grusswort', title: 'Grußwort', start: '2023-09-20T10:00', role: 'greeting', contributorIds: ['x'] },
      ];
    },
    (d) => ['exchanges', at(d, 'exchanges', 'bundesnetzwerktreffen-9'), 'programme', 0, 'contributorIds', 0],
    'unresolved_reference',
    '„x“ ist keine Kommune oder Organisation in diesem Datensatz.',
  ],
  [
    'a partnership is carried by organisations',
    (d) => {
      d.partnerships[at(d, 'partnerships', 'hamburg-chicago')].carriedBy = ['hamburg'];
    },
    (d) => ['partnerships', at(d, 'partnerships', 'hamburg-chicago'), 'carriedBy', 0],
    'wrong_reference_kind',
    '„hamburg“ ist eine Kommune, erwartet wird eine Organisation.',
  ],
  [
    'a council decision’s day exists',
    (d) => {
      d.partnerships[at(d, 'partnerships', 'hamburg-chicago')].councilDecision = {
        date: '1994-02-30',
        body: 'Bürgerschaft',
      };
    },
    (d) => ['partnerships', at(d, 'partnerships', 'hamburg-chicago'), 'councilDecision', 'date'],
    'invalid_date',
    '„1994-02-30“ ist kein gültiges Datum: Diesen Tag gibt es nicht.',
  ],
  [
    'a membership has a member',
    (d) => {
      d.memberships.push({ networkId: 'bundesnetzwerk-welcome-center' });
    },
    (d) => ['memberships', d.memberships.length - 1],
    'invalid_membership',
    'Eine Mitgliedschaft braucht ein Mitglied: eine Organisation („organisationId“) oder eine Kommune („municipalityId“).',
  ],
  [
    'a membership has one member, not two',
    (d) => {
      d.memberships.push({
        organisationId: 'zefas',
        municipalityId: 'chemnitz',
        networkId: 'bundesnetzwerk-welcome-center',
      });
    },
    (d) => ['memberships', d.memberships.length - 1],
    'invalid_membership',
    'Eine Mitgliedschaft hat genau ein Mitglied: eine Organisation („organisationId“) oder eine Kommune („municipalityId“), nicht beide.',
  ],
  [
    'a membership is in a network',
    (d) => {
      d.memberships.push({ municipalityId: 'chemnitz', networkId: 'zefas' });
    },
    (d) => ['memberships', d.memberships.length - 1, 'networkId'],
    'not_a_network',
    '„zefas“ ist kein Netzwerk („kind“: „agency“): Mitglied ist man in einer Organisation der Art „network“.',
  ],
  [
    'a membership’s network resolves',
    (d) => {
      d.memberships.push({ municipalityId: 'chemnitz', networkId: 'chemnitz' });
    },
    (d) => ['memberships', d.memberships.length - 1, 'networkId'],
    'wrong_reference_kind',
    '„chemnitz“ ist eine Kommune, erwartet wird eine Organisation.',
  ],
  [
    'a membership’s ids are unique where given',
    (d) => {
      d.memberships.push(
        { id: 'm', municipalityId: 'chemnitz', networkId: 'bundesnetzwerk-welcome-center' },
        { id: 'm', municipalityId: 'kiel', networkId: 'bundesnetzwerk-welcome-center' },
      );
    },
    (d) => ['memberships', d.memberships.length - 1, 'id'],
    'duplicate_id',
    'Die ID „m“ kommt in „memberships“ mehrfach vor (zuerst bei Index 2).',
  ],
  [
    'a membership does not end before it began, a year standing for all its days',
    (d) => {
      d.memberships.push({
        municipalityId: 'kiel',
        networkId: 'bundesnetzwerk-welcome-center',
        since: '2020-03',
        until: '2020-02',
      });
    },
    (d) => ['memberships', d.memberships.length - 1, 'until'],
    'invalid_range',
    'Das Ende (Februar 2020) liegt vor dem Beginn (März 2020).',
  ],
  [
    'a committee’s members are organisations, persons or municipalities',
    (d) => {
      d.committees = [
        {
          id: 'beirat',
          name: 'Integrationsbeirat',
          kind: 'advisory-board',
          municipalityId: 'wetzlar',
          memberIds: ['daniela-less', 'wetzlar', 'wetzlar-jugendamt', 'bundesnetzwerktreffen-9'],
        },
      ];
    },
    () => ['committees', 0, 'memberIds', 3],
    'wrong_reference_kind',
    '„bundesnetzwerktreffen-9“ ist ein Austausch, erwartet wird eine Organisation oder eine Person oder eine Kommune.',
  ],
  [
    'a committee’s ids are unique',
    (d) => {
      d.committees = [
        { id: 'beirat', name: 'Integrationsbeirat' },
        { id: 'beirat', name: 'Ausländerbeirat' },
      ];
    },
    () => ['committees', 1, 'id'],
    'duplicate_id',
    'Die ID „beirat“ kommt in „committees“ mehrfach vor (zuerst bei Index 0).',
  ],
  [
    'a committee’s day exists',
    (d) => {
      d.committees = [
        { id: 'beirat', name: 'Integrationsbeirat', organisationId: 'wetzlar-stadtverwaltung', since: '2011-02-29' },
      ];
    },
    () => ['committees', 0, 'since'],
    'invalid_date',
    '„2011-02-29“ ist kein gültiges Datum: Diesen Tag gibt es nicht.',
  ],
  [
    'an application’s day exists',
    (d) => {
      grant(d).appliedOn = '2016-11-31';
    },
    (d) => ['grants', at(d, 'grants', 'wir-wetteraukreis-2017'), 'appliedOn'],
    'invalid_date',
    '„2016-11-31“ ist kein gültiges Datum: Diesen Tag gibt es nicht.',
  ],
  [
    'a decision’s period does not end before it begins',
    (d) => {
      decision(d).period = { startDate: '2017-07', endDate: '2017-06-30' };
    },
    (d) => ['grants', at(d, 'grants', 'wir-wetteraukreis-2017'), 'decisions', 0, 'period', 'endDate'],
    'invalid_range',
    'Das Ende (30. Juni 2017) liegt vor dem Beginn (Juli 2017).',
  ],
  [
    'a decision’s period lies in its programme’s',
    (d) => {
      d.fundingProgrammes[at(d, 'fundingProgrammes', 'wir')].startDate = '2014-01-01';
      decision(d).period = { startDate: '2013-07', endDate: '2013-12' };
    },
    (d) => ['grants', at(d, 'grants', 'wir-wetteraukreis-2017'), 'decisions', 0, 'period', 'startDate'],
    'outside_period',
    'Der Bewilligungszeitraum (Juli – Dezember 2013) liegt außerhalb der Laufzeit des Förderprogramms (1. Januar 2014 bis …).',
  ],
  [
    'rate × eligible costs is the amount, to the cent',
    (d) => {
      const changed = decision(d);
      changed.amount = { value: 40500.02, currency: 'EUR' };
      delete changed.ownContribution;
    },
    (d) => ['grants', at(d, 'grants', 'wir-wetteraukreis-2017'), 'decisions', 0, 'amount'],
    'funding_rate_mismatch',
    'Die Förderquote von 90\u00a0% der zuwendungsfähigen Ausgaben (45.000,00 EUR) ergibt 40.500,00 EUR, nicht 40.500,02 EUR („amount“).',
  ],
  [
    'eligible costs less the amount is the own contribution',
    (d) => {
      decision(d).ownContribution = { value: 4000, currency: 'EUR' };
    },
    (d) => ['grants', at(d, 'grants', 'wir-wetteraukreis-2017'), 'decisions', 0, 'ownContribution'],
    'own_contribution_mismatch',
    'Zuwendungsfähige Ausgaben (45.000,00 EUR) abzüglich der Zuwendung (40.500,00 EUR) ergeben einen Eigenanteil von 4.500,00 EUR, nicht 4.000,00 EUR.',
  ],
  [
    'a decision’s sums are in one currency',
    (d) => {
      decision(d).eligibleCosts = { value: 45000, currency: 'USD' };
    },
    (d) => ['grants', at(d, 'grants', 'wir-wetteraukreis-2017'), 'decisions', 0, 'eligibleCosts', 'currency'],
    'currency_mismatch',
    '„USD“ ist eine andere Währung als die der Zuwendung („EUR“): Alle Beträge eines Bescheids stehen in einer Währung.',
  ],
  [
    'the proof of use is not due before the period begins',
    (d) => {
      decision(d).proofOfUseDue = '2016';
    },
    (d) => ['grants', at(d, 'grants', 'wir-wetteraukreis-2017'), 'decisions', 0, 'proofOfUseDue'],
    'invalid_range',
    'Der Verwendungsnachweis ist 2016 fällig, vor Beginn des Bewilligungszeitraums (2017).',
  ],
  [
    'a language is an ISO 639 code',
    (d) => {
      d.measures[at(d, 'measures', 'wetzlar-integrationslotsen')].languages = ['de', 'Arabisch'];
    },
    (d) => ['measures', at(d, 'measures', 'wetzlar-integrationslotsen'), 'languages', 1],
    'invalid_format',
    '„Arabisch“ ist kein Sprachcode nach ISO 639 (zwei oder drei Kleinbuchstaben wie „de“ oder „prs“).',
  ],
  [
    'a count is a whole number or a Quantity',
    (d) => {
      exchange(d).attendance = { participants: 150.5 };
    },
    (d) => ['exchanges', at(d, 'exchanges', 'bundesnetzwerktreffen-9'), 'attendance', 'participants'],
    'invalid_union',
    '150,5 hat den falschen Typ: Erwartet wird eine ganze Zahl oder ein Objekt.',
  ],
  [
    'a funding rate is a share, at most 1',
    (d) => {
      decision(d).fundingRate = 90;
    },
    (d) => ['grants', at(d, 'grants', 'wir-wetteraukreis-2017'), 'decisions', 0, 'fundingRate'],
    'too_big',
    '90 ist zu groß: Erwartet wird höchstens 1.',
  ],
];

describe('parseDataset: relations and office records', () => {
  it('accepts every new field where it is right', () => {
    const { result } = resultAfter((d) => {
      Object.assign(exchange(d), {
        kind: 'network-meeting',
        hostId: 'welcome-center-sachsen',
        coHostIds: ['welcome-center-kiel', 'welcome-center-hamburg', 'chemnitz'],
        guestIds: ['kiel', 'zefas'],
        organiserIds: ['zefas', 'chemnitz'],
        aims: ['Gemeinsame Sichtbarkeit der Welcome Center'],
        attendance: { participants: { value: 150, qualifier: 'more-than' }, organisations: 50 },
        delegations: [
          {
            organisationId: 'welcome-center-sachsen',
            size: { value: 5, qualifier: 'about' },
            members: ['sebastian-vogel', 'martin-dulig'],
            leaderId: 'martin-dulig',
            languages: ['de', 'en', 'prs'],
            interpreters: ['karin-buchner'],
          },
        ],
        programme: [
          {
            id: 'grusswort',
            title: 'Grußwort',
            start: '2023-09-20T10:00',
            role: 'greeting',
            personIds: ['martin-dulig'],
            contributorIds: ['smwa'],
          },
        ],
      });
      d.partnerships[at(d, 'partnerships', 'hamburg-chicago')].carriedBy = ['hamburg-basfi'];
      d.partnerships[at(d, 'partnerships', 'hamburg-chicago')].councilDecision = {
        date: '1993-11',
        body: 'Bürgerschaft',
      };
      d.memberships.push({
        id: 'zefas-bnw',
        organisationId: 'zefas',
        networkId: 'bundesnetzwerk-welcome-center',
        since: '2014',
        founding: true,
      });
      d.committees = [
        {
          id: 'beirat',
          name: 'Integrationsbeirat',
          kind: 'advisory-board',
          municipalityId: 'wetzlar',
          memberIds: ['daniela-less', 'wetzlar', 'wetzlar-jugendamt'],
          since: '2011',
        },
      ];
      Object.assign(d.measures[at(d, 'measures', 'wetzlar-integrationslotsen')], {
        kind: 'volunteer-programme',
        volunteers: { value: 20, qualifier: 'about' },
        languages: ['ar', 'prs', 'tr'],
      });
      d.measures[at(d, 'measures', 'wetzlar-steuerungsgruppe')].kind = 'concept';
      d.fundingProgrammes[at(d, 'fundingProgrammes', 'wir')].goals = ['Interkulturelle Öffnung der Verwaltung'];
      grant(d).appliedOn = '2016-11';
      decision(d);
    });
    expect(result.success ? [] : result.error.issues).toEqual([]);
    expect(result.notices).toEqual([]);
  });

  it.each(cases)('%s', (_, mutate, path, code, message) => {
    const { data, result } = resultAfter(mutate);
    expect(result.success ? [] : result.error.issues).toEqual([{ path: path(data), code, message }]);
  });

  it.each(cases)('%s, in English', (_, mutate, path, code) => {
    const { data, result } = resultAfter(mutate, 'en');
    const [issue, ...rest] = result.success ? [] : result.error.issues;
    expect(rest).toEqual([]);
    expect(issue?.path).toEqual(path(data));
    expect(issue?.code).toBe(code);
    expect(issue?.message).not.toMatch(/[„“äöüß]| ist | liegt /);
  });

  it('writes English sentences for the sums of a decision', () => {
    const [issue] = issuesAfter((d) => {
      decision(d).ownContribution = { value: 4000, currency: 'EUR' };
    }, 'en');
    expect(issue?.message).toBe(
      'The eligible costs (45,000.00 EUR) less the grant (40,500.00 EUR) leave an own contribution of 4,500.00 EUR, not 4,000.00 EUR.',
    );
  });

  it('writes a negative own contribution with its sign, where the grant exceeds its eligible costs', () => {
    const [issue] = issuesAfter((d) => {
      Object.assign(decision(d), {
        amount: { value: 1000.5, currency: 'EUR' },
        eligibleCosts: { value: 1000, currency: 'EUR' },
        fundingRate: 1,
        ownContribution: { value: 0, currency: 'EUR' },
      });
    });
    expect(issue?.message).toBe(
      'Die Förderquote von 100\u00a0% der zuwendungsfähigen Ausgaben (1.000,00 EUR) ergibt 1.000,00 EUR, nicht 1.000,50 EUR („amount“).',
    );
    const messages = issuesAfter((d) => {
      Object.assign(decision(d), {
        amount: { value: 1000.5, currency: 'EUR' },
        eligibleCosts: { value: 1000, currency: 'EUR' },
        ownContribution: { value: 0, currency: 'EUR' },
      });
      delete grant(d).decisions[0].fundingRate;
    }).map((found) => found.message);
    expect(messages).toEqual([
      'Zuwendungsfähige Ausgaben (1.000,00 EUR) abzüglich der Zuwendung (1.000,50 EUR) ergeben einen Eigenanteil von -0,50 EUR, nicht 0,00 EUR.',
    ]);
  });

  it('lets a product that rounds either way to the amount pass, and not one a cent off', () => {
    // 1/3 of 100.00 EUR is 33.333… EUR: 33.33 and 33.34 are both the product to the cent.
    for (const amount of [33.33, 33.34]) {
      expect(
        issuesAfter((d) => {
          Object.assign(decision(d), {
            amount: { value: amount, currency: 'EUR' },
            eligibleCosts: { value: 100, currency: 'EUR' },
            fundingRate: 1 / 3,
            ownContribution: { value: Number((100 - amount).toFixed(2)), currency: 'EUR' },
          });
        }),
      ).toEqual([]);
    }
    expect(
      issuesAfter((d) => {
        Object.assign(decision(d), {
          amount: { value: 33.32, currency: 'EUR' },
          eligibleCosts: { value: 100, currency: 'EUR' },
          fundingRate: 1 / 3,
          ownContribution: { value: 66.68, currency: 'EUR' },
        });
      }).map((issue) => issue.code),
    ).toEqual(['funding_rate_mismatch']);
  });

  it(
    'reports a decision’s period end before its start exactly where the intervals contradict',
    () => {
      const partial = fc
        .tuple(
          fc.integer({ min: 2015, max: 2018 }),
          fc.option(fc.integer({ min: 1, max: 12 })),
          fc.option(fc.integer({ min: 1, max: 28 })),
        )
        .map(([year, month, day]) => {
          if (month === null) return String(year);
          const ym = `${year}-${String(month).padStart(2, '0')}`;
          return day === null ? ym : `${ym}-${String(day).padStart(2, '0')}`;
        });
      // Day numbers: an oracle that knows nothing of strings.
      const dayNumber = (iso: string) =>
        Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
      fc.assert(
        fc.property(partial, partial, (startDate, endDate) => {
          const codes = issuesAfter((d) => {
            decision(d).period = { startDate, endDate };
            delete grant(d).decisions[0].proofOfUseDue;
          }).map((issue) => issue.code);
          expect(codes.includes('invalid_range')).toBe(dayNumber(lastDay(endDate)) < dayNumber(firstDay(startDate)));
        }),
        { numRuns: 200 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it('notices a town twinning without a German municipality, and names sister-city', () => {
    const { data, result } = resultAfter((d) => {
      d.partnerships[at(d, 'partnerships', 'chicago-osaka')].kind = 'town-twinning';
    });
    expect(result.success).toBe(true);
    expect(result.notices).toEqual([
      {
        path: ['partnerships', at(data, 'partnerships', 'chicago-osaka'), 'kind'],
        code: 'foreign_town_twinning',
        message:
          'Die Städtepartnerschaft zwischen „chicago“ und „osaka“ verbindet keine deutsche Kommune: Für eine Partnerschaft zweier Städte außerhalb Deutschlands, etwa eine US-amerikanische Sister City, gibt es die Art „sister-city“.',
      },
    ]);
    const english = resultAfter((d) => {
      d.partnerships[at(d, 'partnerships', 'chicago-osaka')].kind = 'town-twinning';
    }, 'en').result;
    expect(english.notices[0]?.message).toBe(
      'The town twinning of "chicago" and "osaka" joins no German municipality: a partnership of two cities outside Germany, such as a US sister city, is of kind "sister-city".',
    );
  });

  it('notices an organisation placed under a network, and points to memberships', () => {
    const { data, result } = resultAfter((d) => {
      d.organisations[at(d, 'organisations', 'welcome-center-kiel')].parentId = 'bundesnetzwerk-welcome-center';
    });
    expect(result.success).toBe(true);
    expect(result.notices).toEqual([
      {
        path: ['organisations', at(data, 'organisations', 'welcome-center-kiel'), 'parentId'],
        code: 'network_as_parent',
        message:
          'Die Organisation „welcome-center-kiel“ ist dem Netzwerk „bundesnetzwerk-welcome-center“ untergeordnet („parentId“): Ist sie dort Mitglied, tragen Sie das unter „memberships“ ein.',
      },
    ]);
  });

  it('reads an organisation host’s programme in the zone of its municipality, else in Europe/Berlin', () => {
    const dataset = (municipalityId?: string) => ({
      municipalities: [
        { id: 'chicago', name: 'Chicago', kind: 'city', country: 'US', state: 'US-IL', timeZone: 'America/Chicago' },
      ],
      organisations: [{ id: 'dfss', name: 'DFSS', kind: 'authority', ...(municipalityId ? { municipalityId } : {}) }],
      exchanges: [
        {
          id: 'x',
          kind: 'conference',
          title: 'Konferenz',
          hostId: 'dfss',
          guestIds: [],
          startDate: '2017-06-13',
          endDate: '2017-06-13',
          // 23:30 in Chicago is still 13 June there; in Berlin 14 June has begun.
          programme: [{ id: 'empfang', title: 'Empfang', start: '2017-06-13T23:30-05:00' }],
        },
      ],
    });
    expect(safeParseDataset(dataset('chicago')).success).toBe(true);
    const berlin = safeParseDataset(dataset());
    expect(berlin.success ? [] : berlin.error.issues.map((issue) => issue.code)).toEqual(['outside_period']);
  });

  it('takes a dataset whose every entity is frozen, memberships and committees among them', () => {
    const data = seedsJson();
    data.committees = [{ id: 'beirat', name: 'Integrationsbeirat' }];
    const parsed = parseDataset(data);
    expect(Object.isFrozen(parsed.memberships?.[0])).toBe(true);
    expect(Object.isFrozen(parsed.committees?.[0])).toBe(true);
  });
});
