import type { QuantityQualifier } from '../model/quantity.js';
import { englishNumber, germanNumber } from '../time/germanNumber.js';
import { show } from '../time/quote.js';
import { catalogue } from './catalogue.js';

/** The words and sentences of `formatQuantity` and `formatGrowth`. */
export const QUANTITY_MESSAGES = catalogue({
  de: {
    // „rund“ as the source text and press releases write it; „ca.“ is an abbreviation,
    // which running text avoids (see docs/formatting.md, "Quantities").
    qualifiers: {
      about: 'rund',
      'at-least': 'mindestens',
      'more-than': 'mehr als',
      'at-most': 'höchstens',
      'fewer-than': 'weniger als',
    } satisfies Readonly<Record<QuantityQualifier, string>>,
    growth: (from: string, to: string) => `von ${from} auf ${to}`,
    aNoun: 'ein Text wie „Teilnehmende“ oder ein Objekt mit „singular“ und „plural“',
    aNumbersStyle: '„words“ oder „digits“',
    notAQuantity: (value: unknown) =>
      `${show(value, 'de')} ist keine Anzahl: Erwartet wird ein Objekt mit „value“, z. B. { value: 150, qualifier: „more-than“ }.`,
    notAValue: (value: unknown) =>
      `${show(value, 'de')} ist kein Wert einer Anzahl: Erwartet wird eine endliche Zahl ab 0, z. B. 150 oder 1500,5.`,
    notAQualifier: (value: unknown) =>
      `${show(value, 'de')} ist keine Angabe zur Genauigkeit: Erlaubt sind „about“, „at-least“, „more-than“, „at-most“ und „fewer-than“.`,
    notASeries: (value: unknown) =>
      `${show(value, 'de')} ist keine Zahlenreihe: Erwartet wird eine Liste wie [{ date: „2014“, value: 11 }, { date: „2023“, value: 150 }].`,
    notAnEntry: (value: unknown) =>
      `${show(value, 'de')} ist kein Eintrag einer Zahlenreihe: Erwartet wird ein Objekt mit „date“ und „value“.`,
    notADate: (value: unknown) =>
      `${show(value, 'de')} ist kein Datum einer Zahlenreihe: Erwartet wird ein Jahr, ein Monat oder ein Tag wie „2014“, „2024-02“ oder „2024-02-15“.`,
    tooFewEntries: (count: number) =>
      `Eine Entwicklung braucht mindestens zwei Einträge; die Zahlenreihe hat ${count === 1 ? 'nur einen' : germanNumber(count)}.`,
    tooManyEntries: (length: number, max: number) =>
      `Die Zahlenreihe hat ${germanNumber(length)} Einträge; kommunal liest höchstens ${germanNumber(max)}.`,
  },
  en: {
    qualifiers: {
      about: 'about',
      'at-least': 'at least',
      'more-than': 'more than',
      'at-most': 'at most',
      'fewer-than': 'fewer than',
    } satisfies Readonly<Record<QuantityQualifier, string>>,
    growth: (from: string, to: string) => `from ${from} to ${to}`,
    aNoun: 'a text such as "participants" or an object with "singular" and "plural"',
    aNumbersStyle: '"words" or "digits"',
    notAQuantity: (value: unknown) =>
      `${show(value, 'en')} is not a quantity: expected an object with "value", e.g. { value: 150, qualifier: "more-than" }.`,
    notAValue: (value: unknown) =>
      `${show(value, 'en')} is not the value of a quantity: expected a finite number of 0 or more, e.g. 150 or 1500.5.`,
    notAQualifier: (value: unknown) =>
      `${show(value, 'en')} is not a qualifier: allowed are "about", "at-least", "more-than", "at-most" and "fewer-than".`,
    notASeries: (value: unknown) =>
      `${show(value, 'en')} is not a series: expected a list such as [{ date: "2014", value: 11 }, { date: "2023", value: 150 }].`,
    notAnEntry: (value: unknown) =>
      `${show(value, 'en')} is not an entry of a series: expected an object with "date" and "value".`,
    notADate: (value: unknown) =>
      `${show(value, 'en')} is not the date of a series entry: expected a year, a month or a day such as "2014", "2024-02" or "2024-02-15".`,
    tooFewEntries: (count: number) =>
      `Growth needs at least two entries; the series has ${count === 1 ? 'only one' : englishNumber(count)}.`,
    tooManyEntries: (length: number, max: number) =>
      `The series has ${englishNumber(length)} entries; kommunal reads at most ${englishNumber(max)}.`,
  },
});
