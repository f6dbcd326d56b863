import fc from 'fast-check';

const FIRST = Date.UTC(1900, 0, 1);
const LAST = Date.UTC(2100, 11, 31);
const DAY = 86_400_000;

/** Every calendar date from 1900-01-01 to 2100-12-31 as `YYYY-MM-DD`, each equally likely. */
export function isoDates(): fc.Arbitrary<string> {
  return fc
    .integer({ min: 0, max: (LAST - FIRST) / DAY })
    .map((days) => new Date(FIRST + days * DAY).toISOString().slice(0, 10));
}

/**
 * A date as the data model writes a partial one (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) with the days
 * it denotes as plain day numbers (days since 1970-01-01, computed with `Date.UTC`): the oracle of
 * interval arithmetic that the checks and queries are tested against.
 */
export interface PartialDateSample {
  readonly text: string;
  readonly first: number;
  readonly last: number;
}

/**
 * Partial dates of each precision, equally likely, in the years `minYear`–`maxYear` (default
 * 2023–2025: narrow, so that intervals touch, nest and overlap often), every day of a month likely.
 */
export function partialDates(minYear = 2023, maxYear = 2025): fc.Arbitrary<PartialDateSample> {
  const pad = (value: number, length: number) => String(value).padStart(length, '0');
  // Date.UTC reads the years 0–99 as 1900–1999; setUTCFullYear does not.
  const dayNumber = (y: number, monthIndex: number, d: number) => new Date(0).setUTCFullYear(y, monthIndex, d) / DAY;
  const year = fc.integer({ min: minYear, max: maxYear });
  const month = fc.integer({ min: 1, max: 12 });
  return fc.oneof(
    year.map((y) => ({ text: pad(y, 4), first: dayNumber(y, 0, 1), last: dayNumber(y, 11, 31) })),
    fc.tuple(year, month).map(([y, m]) => ({
      text: `${pad(y, 4)}-${pad(m, 2)}`,
      first: dayNumber(y, m - 1, 1),
      last: dayNumber(y, m, 0),
    })),
    fc.tuple(year, month, fc.integer({ min: 1, max: 31 })).map(([y, m, d]) => {
      // A day past the month's end becomes its last day: every day drawn exists.
      const day = Math.min(d, dayNumber(y, m, 0) - dayNumber(y, m - 1, 0));
      const number = dayNumber(y, m - 1, day);
      return { text: `${pad(y, 4)}-${pad(m, 2)}-${pad(day, 2)}`, first: number, last: number };
    }),
  );
}

/** A day `YYYY-MM-DD` of a day number, for building inputs from the oracle's numbers. */
export function dayText(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

// The fields of relations and office records (hosts that are organisations, delegations, counts
// that are numbers or Quantity objects, memberships, committees, funding decisions …), each drawn
// from values the schema accepts and values it refuses, for the ajv-vs-zod agreement test.

const ids = () => fc.constantFrom('wiesbaden', 'wien', 'zefas', 'daniela-less', 'x', '');
const idLists = () => fc.array(ids(), { maxLength: 3 });
const texts = () => fc.constantFrom('Ziel', 'Jugendliche', ' x', '', ' ', '\u200b');
const texts3 = () => fc.array(texts(), { maxLength: 3 });
const partialDateTexts = () =>
  fc.oneof(fc.constantFrom('2024', '2024-02', '2024-02-15', '2024-02-30', '0000', '24', '2024-13'), isoDates());
const languageCodes = () =>
  fc.oneof(fc.constantFrom('de', 'en', 'ar', 'prs', 'DE', 'deu1', '', 'd'), fc.stringMatching(/^[a-z]{2,3}$/));
const numbers = () =>
  fc.oneof(fc.nat({ max: 100_000 }), fc.double({ min: -10, max: 1e6 }), fc.constantFrom(-1, 0, 0.5, 1, 1.5, 1e21));
const quantities = () =>
  fc.record(
    { value: numbers(), qualifier: fc.constantFrom('about', 'more-than', 'at-least', 'circa') },
    { requiredKeys: ['value'] },
  );
const counts = () => fc.oneof(numbers(), quantities(), fc.constantFrom(null, '150', true));
const moneys = () => fc.record({ value: numbers(), currency: fc.constantFrom('EUR', 'USD', 'eur') });

/** Optional fields: each present or absent. */
function fields<T extends Record<string, fc.Arbitrary<unknown>>>(
  shape: T,
): fc.Arbitrary<Partial<{ [K in keyof T]: T[K] extends fc.Arbitrary<infer V> ? V : never }>> {
  return fc.record(shape, { requiredKeys: [] }) as never;
}

/** A delegation of an exchange, with every field it takes. */
export function delegations(): fc.Arbitrary<Record<string, unknown>> {
  return fields({
    municipalityId: ids(),
    organisationId: ids(),
    description: texts(),
    size: quantities(),
    members: idLists(),
    leaderId: ids(),
    languages: fc.array(languageCodes(), { maxLength: 3 }),
    interpreters: idLists(),
  });
}

/** A funding decision (Zuwendungsbescheid), with every field it takes. */
export function grantDecisions(): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(
      fc.record({
        date: partialDateTexts(),
        period: fc.record({ startDate: partialDateTexts(), endDate: partialDateTexts() }),
        amount: moneys(),
      }),
      fields({
        fileNumber: texts(),
        eligibleCosts: moneys(),
        fundingRate: fc.oneof(fc.double({ min: -0.5, max: 1.5 }), fc.constantFrom(0, 0.9, 1, 90)),
        ownContribution: moneys(),
        proofOfUseDue: partialDateTexts(),
        budgetYear: fc.oneof(fc.integer({ min: -1, max: 10_000 }), fc.constant(2017.5)),
      }),
    )
    .map(([required, optional]) => ({ ...required, ...optional }));
}

/**
 * A funding decision (Zuwendungsbescheid) whose numbers agree, every field given: 90 % of
 * 45,000 EUR is 40,500 EUR, and 4,500 EUR is the own contribution. A fresh copy on every call.
 */
export function agreeingDecision() {
  return {
    date: '2017-02-15',
    fileNumber: 'II 5 – 53a 12.03',
    period: { startDate: '2017', endDate: '2017' },
    amount: { value: 40500, currency: 'EUR' },
    eligibleCosts: { value: 45000, currency: 'EUR' },
    fundingRate: 0.9,
    ownContribution: { value: 4500, currency: 'EUR' },
    proofOfUseDue: '2018-06-30',
    budgetYear: 2017,
  };
}

/** What the seed dataset gets of the new fields and collections, before it is checked. */
export interface RelationFields {
  readonly exchange: Record<string, unknown>;
  readonly attendance: Record<string, unknown>;
  readonly programmeItem: Record<string, unknown>;
  readonly partnership: Record<string, unknown>;
  readonly measure: Record<string, unknown>;
  readonly programme: Record<string, unknown>;
  readonly grant: Record<string, unknown>;
  readonly memberships: readonly Record<string, unknown>[];
  readonly committees: readonly Record<string, unknown>[];
}

/** Every field of relations and office records, each present or not, valid or a near miss. */
export function relationFields(): fc.Arbitrary<RelationFields> {
  return fc.record({
    exchange: fields({
      kind: fc.constantFrom('youth-exchange', 'school-exchange', 'exchange'),
      hostId: ids(),
      coHostIds: idLists(),
      aims: texts3(),
      delegations: fc.array(delegations(), { maxLength: 2 }),
    }),
    attendance: fields({ participants: counts(), organisations: counts() }),
    programmeItem: fields({
      role: fc.constantFrom('greeting', 'speech', 'presentation', 'discussion', 'workshop', 'visit', 'other', 'talk'),
      contributorIds: idLists(),
    }),
    partnership: fields({
      kind: fc.constantFrom('sister-city', 'town-twinning', 'sister'),
      carriedBy: idLists(),
      councilDecision: fields({ date: partialDateTexts(), body: texts(), reference: texts() }),
    }),
    measure: fields({
      kind: fc.constantFrom('integration-conference', 'concept', 'konzept'),
      volunteers: quantities(),
      participants: quantities(),
      languages: fc.array(languageCodes(), { maxLength: 3 }),
    }),
    programme: fields({ goals: texts3() }),
    grant: fields({ appliedOn: partialDateTexts(), decisions: fc.array(grantDecisions(), { maxLength: 2 }) }),
    memberships: fc.array(
      fc
        .tuple(
          fc.record({ networkId: ids() }),
          fields({
            id: ids(),
            organisationId: ids(),
            municipalityId: ids(),
            since: partialDateTexts(),
            until: partialDateTexts(),
            founding: fc.oneof(fc.boolean(), fc.constant('ja')),
            notes: texts(),
          }),
        )
        .map(([required, optional]) => ({ ...required, ...optional })),
      { maxLength: 2 },
    ),
    committees: fc.array(
      fc
        .tuple(
          fc.record({ id: ids(), name: texts() }),
          fields({
            kind: fc.constantFrom('council-committee', 'advisory-board', 'working-group', 'other', 'beirat'),
            municipalityId: ids(),
            organisationId: ids(),
            memberIds: idLists(),
            since: partialDateTexts(),
            until: partialDateTexts(),
            notes: texts(),
          }),
        )
        .map(([required, optional]) => ({ ...required, ...optional })),
      { maxLength: 2 },
    ),
  });
}

/**
 * Puts relation fields into a copy of the seed dataset (plain JSON): into its first exchange, that
 * exchange's attendance and first programme item, the first partnership, measure, funding
 * programme and grant, and as its memberships and committees.
 */
export function withRelationFields(data: any, relation: RelationFields): any {
  const exchange = data.exchanges[0];
  Object.assign(exchange, relation.exchange);
  exchange.attendance = { ...exchange.attendance, ...relation.attendance };
  exchange.programme = exchange.programme ?? [{ id: 'p', title: 'Programmpunkt', start: '2024-02-12T10:00' }];
  Object.assign(exchange.programme[0], relation.programmeItem);
  Object.assign(data.partnerships[0], relation.partnership);
  Object.assign(data.measures[0], relation.measure);
  Object.assign(data.fundingProgrammes[0], relation.programme);
  Object.assign(data.grants[0], relation.grant);
  data.memberships = relation.memberships;
  data.committees = relation.committees;
  return data;
}
