// Walks every message catalogue in src/i18n/ (every module there, so each area's catalogue is read
// as soon as it exists): both languages hold the same keys, every message is a non-empty text or a
// function that writes one, and no English message holds a German word.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Catalogue, catalogue, LOCALES } from '../../src/i18n/catalogue.js';
import type { ERROR_MESSAGES } from '../../src/i18n/errors.js';
import type { FORMAT_MESSAGES } from '../../src/i18n/formatting.js';
import type { QUERY_MESSAGES } from '../../src/i18n/queries.js';
import type { VALIDATION_MESSAGES } from '../../src/i18n/validation.js';
import { GERMAN_STATES, REGIERUNGSBEZIRKE } from '../../src/places/germanStates.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../src/time/germanNames.js';

const FOLDER = new URL('../../src/i18n/', import.meta.url);

type Exports = Readonly<Record<string, unknown>>;

const MODULES: readonly (readonly [file: string, exports: Exports])[] = await Promise.all(
  readdirSync(FOLDER)
    .filter((file) => file.endsWith('.ts'))
    .sort()
    .map(async (file) => [file, (await import(new URL(file, FOLDER).href)) as Exports] as const),
);

function isCatalogue(value: unknown): value is Catalogue<object> {
  if (typeof value !== 'object' || value === null) return false;
  const keys = Object.keys(value).sort();
  return keys.length === 2 && keys[0] === 'de' && keys[1] === 'en';
}

const CATALOGUES = MODULES.flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter((entry): entry is [string, Catalogue<object>] => isCatalogue(entry[1]))
    .map(([name, value]) => ({ file, name, catalogue: value })),
);

/** Every message of one language, by its path of keys (`formats.date`, `weekdays.0`). */
function messagesOf(side: unknown, prefix = ''): [path: string, message: unknown][] {
  if (typeof side !== 'object' || side === null) return [[prefix, side]];
  return Object.entries(side).flatMap(([key, value]) => {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    return typeof value === 'object' && value !== null ? messagesOf(value, path) : [[path, value] as [string, unknown]];
  });
}

// Arguments for messages whose parameters the generated ones below cannot satisfy (a kind of
// entity, an owner), or whose branches want a second call. Checked against each message's type.
type Samples<T> = {
  readonly [K in keyof T]?: T[K] extends (...args: infer A) => string ? readonly Readonly<A>[] : never;
};
const SAMPLES: Readonly<Record<string, Readonly<Record<string, readonly (readonly unknown[])[]>>>> = {
  VALIDATION_MESSAGES: {
    unresolved: [
      ['m-1', ['municipality']],
      ['m-1', ['organisation', 'municipality']],
    ],
    wrongKind: [['v-1', 'venue', ['municipality', 'exchange']]],
    tooManyEntries: [
      [20_001, 'exchange'],
      [20_001, undefined],
    ],
    tooFew: [[1], [2]],
    tooMany: [[1], [20_000]],
    unknownKeys: [[['one']], [['one', 'two']], [Array.from({ length: 12 }, (_, index) => `key${index}`)]],
    missingTimeZone: [
      ['US', true],
      ['XX', false],
    ],
    outsideMeasure: [['2024-05-01T10:00', '2024', undefined]],
    outsideProgramme: [['2024-01-01', '2024-12-31', undefined, '2023-12-31']],
    unresolvedAssumption: [
      ['programme.0.venueId', 'exchange'],
      ['since', 'measure'],
    ],
    heldInFuture: [
      ['exchange', 'bnt-10', '2027-09-20', '2026-12-01'],
      ['measure', 'm', '2027-02', '2026-12-01'],
      ['measure', 'm', '2027', '2026-12-01'],
    ],
    plannedInPast: [
      ['exchange', 'bnt-9', '2023-09-21', '2026-12-01'],
      ['measure', 'm', '2017-05', '2026-12-01'],
      ['measure', 'm', '2017', '2026-12-01'],
    ],
  } satisfies Samples<typeof VALIDATION_MESSAGES.de>,
  FORMAT_MESSAGES: {
    fieldNotText: [
      ['givenName', 'person', 42],
      ['locality', 'venue', null],
    ],
    fieldNotList: [['roles', 'person', 'Bürgermeisterin']],
  } satisfies Samples<typeof FORMAT_MESSAGES.de>,
  QUERY_MESSAGES: {
    notADataset: [
      ['partnersOf', '', 42, 'object'],
      ['partnersOf', 'exchanges.0.guestIds', 'x', 'ids'],
    ],
  } satisfies Samples<typeof QUERY_MESSAGES.de>,
  ERROR_MESSAGES: {
    moreIssues: [[1], [199_000]],
    notIssues: [[[]], [42]],
  } satisfies Samples<typeof ERROR_MESSAGES.de>,
  // A sentence per reason: a switch no generated value reaches. Facts as the engine writes them.
  CONFLICT_MESSAGES: {
    'not-checked': (['no-place', 'no-state', 'abroad', 'before-1990', 'no-period'] as const).flatMap((reason) =>
      [['a'], ['a', 'b', 'c', 'd']].map((itemIds) => [
        { kind: 'not-checked', severity: 'info', itemIds, check: 'public-holiday', reason, country: 'AT' },
        itemIds,
      ]),
    ),
  },
};

/**
 * A value that is whatever a message reads from it: any property is itself, calling it gives
 * itself, and it becomes the text `sample` (or the number 1) where a message writes it. It stands
 * for facts objects (a conflict, a place) that no plain candidate below is shaped like.
 */
const ANYTHING: unknown = new Proxy(() => undefined, {
  get: (_target, key) => {
    if (key === Symbol.toPrimitive) return (hint: string) => (hint === 'number' ? 1 : 'sample');
    if (key === Symbol.iterator)
      return function* () {
        yield 'sample';
      };
    if (key === 'length') return 1;
    return ANYTHING;
  },
  apply: () => ANYTHING,
});

// Values of every kind a message takes, for messages without samples: each parameter is tried with
// each, and every combination that writes a text is checked.
const CANDIDATES: readonly unknown[] = [
  'sample',
  1,
  2,
  25_000,
  true,
  '2024-03-15',
  '2024-03-15T09:00',
  ['first', 'second'],
  undefined,
  ANYTHING,
];

function* argumentLists(arity: number): Generator<readonly unknown[]> {
  if (arity === 0) {
    yield [];
    return;
  }
  for (const rest of argumentLists(arity - 1)) for (const value of CANDIDATES) yield [...rest, value];
}

/** What a message writes: the text itself, or what the function writes for each workable argument list. */
function textsOf(message: unknown, samples: readonly (readonly unknown[])[] | undefined): string[] {
  if (typeof message === 'string') return [message];
  if (typeof message !== 'function') return [];
  if (samples !== undefined) return samples.map((args) => message(...args) as string);
  const texts: string[] = [];
  for (const args of argumentLists(message.length)) {
    try {
      const text: unknown = message(...args);
      if (typeof text === 'string') texts.push(text);
    } catch {
      // Arguments of a kind this message does not take.
    }
  }
  return texts;
}

// Common German words. English look-alikes that an English message may well hold („an“, „in“,
// „was“, „will“, „also“, „am“, „Person“, „Text“, and „Land“, which English messages use for a
// German state) are left out; „die“ is in, since no message of a calendar library says it.
const GERMAN_WORDS = new Set(
  [
    'und',
    'oder',
    'nicht',
    'ist',
    'sind',
    'der',
    'die',
    'das',
    'den',
    'dem',
    'des',
    'ein',
    'eine',
    'einen',
    'einem',
    'einer',
    'kein',
    'keine',
    'keinen',
    'von',
    'mit',
    'muss',
    'sein',
    'seine',
    'für',
    'bei',
    'wird',
    'werden',
    'zu',
    'zum',
    'zur',
    'auf',
    'aus',
    'nach',
    'über',
    'seit',
    'bis',
    'liegt',
    'gibt',
    'erwartet',
    'Uhr',
    'Jahr',
    'Jahre',
    'Jahren',
    'Tage',
    'Datum',
    'Zeitzone',
    'Termin',
    'Wochentag',
    'Feiertag',
    'Probleme',
    'gefunden',
    'im',
    'vom',
    'beim',
    'ins',
    'kann',
    'hat',
    'haben',
    'nur',
    'noch',
    'wie',
    'wenn',
    'auch',
    'sich',
    'ohne',
    'gegen',
    'zwischen',
    'soll',
    'darf',
    'Monat',
    'Tag',
    'Stunde',
    'Minuten',
    'Wochenende',
    'Zeitraum',
    'Datensatz',
    'Gemeinde',
    'Liste',
    'Wert',
    'Zahl',
    'erlaubt',
    'fehlt',
    'Feld',
    'Kreis',
    'Landkreis',
    'Stadt',
    'Veranstaltung',
    'Termin',
    'Feiertag',
    'Ortszeit',
    'Uhrzeit',
    'Zeitzone',
    'Raum',
    'Austausch',
    'Schlüssel',
    'Gegenbesuch',
    'Teilnehmende',
    'Regierungsbezirk',
    'bekannte',
    'gültig',
    'ungültig',
    // The German names of weekdays and months, where English spells them otherwise.
    ...WEEKDAY_NAMES,
    ...MONTH_NAMES.filter((month) => !['April', 'August', 'September', 'November'].includes(month)),
  ].map((word) => word.toLowerCase()),
);

// Proper names English writes as German does.
const NAMES: readonly string[] = [
  ...GERMAN_STATES.map((state) => state.name),
  ...Object.values<string>(REGIERUNGSBEZIRKE),
].sort((a, b) => b.length - a.length);

/**
 * The German words of an English text, outside quoted values (the caller's input, examples) and
 * names. English quotes with "…": German quotation marks („…“) are German in an English text.
 */
function germanWordsIn(text: string): string[] {
  const marks = text.match(/[„“]/g) ?? [];
  let rest = text.replace(/"[^"]*"|`[^`]*`/g, ' ');
  for (const name of NAMES) rest = rest.split(name).join(' ');
  const words = rest.match(/[\p{L}]+/gu) ?? [];
  return [...marks, ...words.filter((word) => GERMAN_WORDS.has(word.toLowerCase()) || /[äöüßÄÖÜ]/.test(word))];
}

describe('the check for German words', () => {
  it('finds German words and umlauts, not quoted values or the names of Länder', () => {
    expect(germanWordsIn('Das ist nicht erlaubt.')).toEqual(['Das', 'ist', 'nicht', 'erlaubt']);
    expect(germanWordsIn('The holiday falls on a Sonntag in Oktober.')).toEqual(['Sonntag', 'Oktober']);
    expect(germanWordsIn('Reformation Day falls on a Sunday in October.')).toEqual([]);
    expect(germanWordsIn('9 Uhr is too early for Größe.')).toEqual(['Uhr', 'Größe']);
    expect(germanWordsIn('"Montag, den 15. April 2024" is not a date.')).toEqual([]);
    expect(germanWordsIn('„und“ is quoted the German way.')).toEqual(['„', '“', 'und']);
    expect(germanWordsIn('"und" is quoted.')).toEqual([]);
    expect(germanWordsIn('Reformation Day in Baden-Württemberg and Thüringen.')).toEqual([]);
    expect(germanWordsIn('The key belongs to Gießen, not Köln.')).toEqual([]);
    expect(germanWordsIn('An end before its start, in the time zone of the venue.')).toEqual([]);
  });
});

/** What is wrong with a catalogue: keys one language lacks, messages that write nothing, German in English. */
function problemsOf(
  catalogue: Catalogue<object>,
  samples: Readonly<Record<string, readonly (readonly unknown[])[]>> = {},
): string[] {
  const problems: string[] = [];
  const byLocale = { de: messagesOf(catalogue.de), en: messagesOf(catalogue.en) };
  const shape = (locale: 'de' | 'en') => byLocale[locale].map(([path, message]) => `${path}: ${typeof message}`);
  const english = new Set(shape('en'));
  const german = new Set(shape('de'));
  for (const key of german) if (!english.has(key)) problems.push(`en lacks ${key}`);
  for (const key of english) if (!german.has(key)) problems.push(`de lacks ${key}`);
  for (const locale of LOCALES) {
    for (const [path, message] of byLocale[locale]) {
      let texts: string[];
      try {
        texts = textsOf(message, samples[path]);
      } catch (error) {
        problems.push(`${locale}.${path} throws for its samples: ${String(error)}`);
        continue;
      }
      if (texts.length === 0) problems.push(`${locale}.${path}: no arguments found that it writes a text for`);
      for (const text of texts) {
        if (text.trim() === '') problems.push(`${locale}.${path} writes an empty text`);
        const german = locale === 'en' ? germanWordsIn(text) : [];
        if (german.length > 0) problems.push(`en.${path} writes German (${german.join(', ')}): ${text}`);
      }
    }
  }
  return problems;
}

describe('the catalogue walk', () => {
  it('reports a missing key, an empty message, a function that writes nothing and German in English', () => {
    const broken = {
      de: { a: 'Eins.', b: (value: unknown) => `${String(value)} ist falsch.`, c: '', d: () => 42, e: 'Nur hier.' },
      en: { a: 'Das ist nicht erlaubt.', b: (value: unknown) => `${String(value)} is wrong.`, c: '', d: () => 42 },
    } as unknown as Catalogue<object>;
    expect(problemsOf(broken)).toEqual([
      'en lacks e: string',
      'de.c writes an empty text',
      'de.d: no arguments found that it writes a text for',
      'en.a writes German (Das, ist, nicht, erlaubt): Das ist nicht erlaubt.',
      'en.c writes an empty text',
      'en.d: no arguments found that it writes a text for',
    ]);
  });
});

/**
 * Sentences written twice: distinct functions, anywhere in the catalogues of one language, that
 * write the same text for the same arguments. A sentence shared on purpose is the same function
 * (`dayDoesNotExist: TIME_MESSAGES.de.dayDoesNotExist`), which this does not count.
 */
function sentencesWrittenTwice(
  catalogues: readonly { readonly name: string; readonly catalogue: Catalogue<object> }[],
): string[][] {
  const twice: string[][] = [];
  for (const locale of LOCALES) {
    const byText = new Map<string, string[]>();
    const seen = new Set<unknown>();
    for (const { name, catalogue } of catalogues) {
      for (const [path, message] of messagesOf(catalogue[locale])) {
        if (typeof message !== 'function' || seen.has(message)) continue;
        seen.add(message);
        const text = sampleText(message as (...args: unknown[]) => unknown);
        if (text !== undefined) byText.set(text, [...(byText.get(text) ?? []), `${name}.${locale}.${path}`]);
      }
    }
    for (const paths of byText.values()) if (paths.length > 1) twice.push(paths);
  }
  return twice;
}

/**
 * What a message writes with every argument the same text (or number), as arity and text, so that
 * messages can be compared; `undefined` for what is no sentence.
 */
function sampleText(message: (...args: unknown[]) => unknown): string | undefined {
  for (const value of ['X', 7]) {
    try {
      const text = message(...Array.from({ length: message.length }, () => value));
      // Names and phrases (a month, „ein Text“) may well match; sentences should not.
      if (typeof text === 'string') return text.length < 20 ? undefined : `${message.length}: ${text}`;
    } catch {
      // Arguments of a kind this message does not take.
    }
  }
  return undefined;
}

describe('the search for sentences written twice', () => {
  it('finds two functions that write one sentence, not one function shared by two keys', () => {
    const shared = (value: unknown) => `${String(value)} is wrong, as said.`;
    const first = catalogue({
      de: { a: shared, b: (n: number) => `${n} Tage, vom ersten an gezählt.` },
      en: { a: shared, b: (n) => `${n} days, counted from the first.` },
    });
    const second = catalogue({
      de: { c: shared, d: (n: number) => `${n} Tage, vom ersten an gezählt.` },
      en: { c: shared, d: (n) => `${n} nights, counted from the first.` },
    });
    expect(
      sentencesWrittenTwice([
        { name: 'FIRST', catalogue: first },
        { name: 'SECOND', catalogue: second },
      ]),
    ).toEqual([['FIRST.de.b', 'SECOND.de.d']]);
  });
});

describe('message catalogues', () => {
  it('are found in src/i18n/', () => {
    const names = CATALOGUES.map((entry) => entry.name);
    for (const name of [
      'ERROR_MESSAGES',
      'OPTION_MESSAGES',
      'VALIDATION_MESSAGES',
      'QUERY_MESSAGES',
      'TIME_MESSAGES',
      'DATE_INPUT_MESSAGES',
      'HOLIDAY_MESSAGES',
      'FORMAT_MESSAGES',
      'VALUE_NAMES',
    ]) {
      expect(names).toContain(name);
    }
  });

  it('name every sample after a function-valued message of its catalogue', () => {
    for (const [name, samples] of Object.entries(SAMPLES)) {
      const german = (CATALOGUES.find((candidate) => candidate.name === name)?.catalogue.de ?? {}) as Exports;
      for (const key of Object.keys(samples)) expect(typeof german[key], `${name}.${key}`).toBe('function');
    }
  });

  it('write each sentence once, sharing it where two areas say the same', () => {
    expect(sentencesWrittenTwice(CATALOGUES)).toEqual([]);
  });

  it.each(CATALOGUES)(
    '$name ($file): the same keys in both languages, each a text, and no German in English',
    ({ name, catalogue }) => {
      expect(problemsOf(catalogue, SAMPLES[name])).toEqual([]);
    },
  );
});
