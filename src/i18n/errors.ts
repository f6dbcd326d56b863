import { englishNumber, germanNumber } from '../time/germanNumber.js';
import { isArray, show, showThrown } from '../time/quote.js';
import { catalogue } from './catalogue.js';

/**
 * The sentences of `KommunalValidationError` itself: the heading of its message, the line that
 * counts problems left out, and what it says when its own arguments are wrong.
 */
export const ERROR_MESSAGES = catalogue({
  de: {
    heading: (listed: number) => `${germanNumber(listed)} Probleme gefunden:`,
    shortenedHeading: (listed: number) =>
      `Mehr als ${germanNumber(listed)} Probleme gefunden, die ersten ${germanNumber(listed)}:`,
    moreIssues: (rest: number) =>
      `… und ${germanNumber(rest)} ${rest === 1 ? 'weiteres Problem' : 'weitere Probleme'}.`,
    notIssues: (value: unknown) =>
      `KommunalValidationError erwartet eine nicht leere Liste von Problemen { path, code, message }, ${isArray(value) ? 'keine leere Liste' : `nicht ${show(value, 'de')}`}.`,
    wrongField: (index: number, field: string, value: unknown, expected: string) =>
      `KommunalValidationError erwartet Probleme { path, code, message }: Bei Index ${index} ist ${field} ${show(value, 'de')}, erwartet wird ${expected}.`,
    anObject: 'ein Objekt',
    aPath: 'eine Liste aus Texten und Zahlen',
    aNonEmptyText: 'ein nicht leerer Text',
    theIssue: 'das Problem',
    wrongLocale: (value: unknown) =>
      `Die Option „locale“ von KommunalValidationError muss „de“ oder „en“ sein, nicht ${show(value, 'de')}.`,
    unreadableArguments: (error: unknown) =>
      `KommunalValidationError kann seine Argumente nicht lesen (${showThrown(error, 'de')}): Erwartet werden einfache Daten.`,
  },
  en: {
    heading: (listed: number) => `${englishNumber(listed)} problems found:`,
    shortenedHeading: (listed: number) =>
      `More than ${englishNumber(listed)} problems found, the first ${englishNumber(listed)}:`,
    moreIssues: (rest: number) => `… and ${englishNumber(rest)} more ${rest === 1 ? 'problem' : 'problems'}.`,
    notIssues: (value: unknown) =>
      `KommunalValidationError expects a non-empty list of issues { path, code, message }, not ${isArray(value) ? 'an empty list' : show(value, 'en')}.`,
    wrongField: (index: number, field: string, value: unknown, expected: string) =>
      `KommunalValidationError expects issues { path, code, message }: at index ${index}, ${field} is ${show(value, 'en')}, expected ${expected}.`,
    anObject: 'an object',
    aPath: 'a list of strings and numbers',
    aNonEmptyText: 'a non-empty string',
    theIssue: 'the issue',
    wrongLocale: (value: unknown) =>
      `The option "locale" of KommunalValidationError must be "de" or "en", not ${show(value, 'en')}.`,
    unreadableArguments: (error: unknown) =>
      `KommunalValidationError cannot read its arguments (${showThrown(error, 'en')}): expected plain data.`,
  },
});
