import { KommunalValidationError } from '../errors/KommunalValidationError.js';
import { FORMAT_MESSAGES } from '../i18n/formatting.js';
import { PERSON_MESSAGES } from '../i18n/persons.js';
import type { Person } from '../model/person.js';
import { type Entity, fieldOf, readRecord, readText } from './fields.js';
import { fullName } from './formatPersonName.js';
import { optionOf, readFlag, readFormatOptions } from './options.js';

const FN = 'formatSalutation';
const PERSON: Entity = { notOne: FORMAT_MESSAGES.de.notAPerson, owner: 'person' };

/**
 * Options for {@link formatSalutation}.
 *
 * @example
 * ```ts
 * import { type FormatSalutationOptions, formatSalutation } from 'kommunal';
 *
 * const letter: FormatSalutationOptions = { letter: true };
 * formatSalutation({ id: 'b', givenName: 'Patricia', familyName: 'Becher', salutation: 'Frau' }, letter); // => 'Sehr geehrte Frau Becher,'
 * ```
 *
 * @category Formatting
 */
export interface FormatSalutationOptions {
  /** Write the salutation line of a letter, „Sehr geehrte Frau Dr. Becher,“ (default `false`). */
  readonly letter?: boolean | undefined;
}

/**
 * How a person is addressed: `Frau Dr. Becher`, or with `letter` the salutation line of a letter,
 * `Sehr geehrte Frau Dr. Becher,`, closed by a comma as DIN 5008 letters are. The form of address
 * is the person's `salutation` (`Frau` or `Herr`), never guessed from the given name; without one
 * the person is addressed by full name: `Dr. Kim Becher`, `Guten Tag Dr. Kim Becher,`.
 *
 * Of the academic title, a doctorate is written once and abbreviated (`Dr.`, also for
 * `Dr. phil. Dr. med.`), a professorship in full (`Frau Professorin Becher`, in place of the
 * doctorate), and other titles (`Dipl.-Ing.`) not at all: they belong to the address, not the
 * salutation.
 *
 * @param person - The person.
 * @param options - `letter`: the salutation line of a letter (default `false`).
 * @returns The salutation.
 * @throws {@link KommunalValidationError} if `person` is no object, a name part is no text, or `salutation` is neither `Frau` nor `Herr`.
 *
 * @example
 * ```ts
 * import { formatSalutation } from 'kommunal';
 *
 * const becher = { id: 'b', title: 'Dr.', givenName: 'Patricia', familyName: 'Becher', salutation: 'Frau' } as const;
 * formatSalutation(becher); // => 'Frau Dr. Becher'
 * formatSalutation(becher, { letter: true }); // => 'Sehr geehrte Frau Dr. Becher,'
 * formatSalutation({ ...becher, salutation: 'Herr', givenName: 'Matthias', familyName: 'Geißler' }, { letter: true }); // => 'Sehr geehrter Herr Dr. Geißler,'
 * formatSalutation({ ...becher, title: 'Prof. Dr.' }); // => 'Frau Professorin Becher'
 * formatSalutation({ id: 'k', givenName: 'Kim', familyName: 'Becher' }, { letter: true }); // => 'Guten Tag Kim Becher,'
 * ```
 *
 * @category Formatting
 */
export function formatSalutation(person: Person, options?: FormatSalutationOptions): string {
  const read = readFormatOptions(FN, options);
  const letter = readFlag(FN, 'letter', optionOf(FN, read, 'letter', 'de'));
  const record = readRecord(person, PERSON);
  const salutation = fieldOf(record, 'salutation', ['salutation']);
  if (salutation === undefined) {
    const name = fullName(record);
    return letter ? `Guten Tag ${name},` : name;
  }
  if (salutation !== 'Frau' && salutation !== 'Herr') {
    const message = PERSON_MESSAGES.de.notASalutation(salutation);
    throw new KommunalValidationError([{ path: ['salutation'], code: 'invalid_value', message }]);
  }
  const title = readText(record, ['title'], PERSON, true);
  const familyName = readText(record, ['familyName'], PERSON, false);
  const short = [salutation, titleInSalutation(title, salutation), familyName].filter(Boolean).join(' ');
  if (!letter) return short;
  return `${salutation === 'Frau' ? 'Sehr geehrte' : 'Sehr geehrter'} ${short},`;
}

/** The part of an academic title a salutation keeps: a professorship in full, else a doctorate once. */
function titleInSalutation(title: string | undefined, salutation: 'Frau' | 'Herr'): string | undefined {
  if (title === undefined) return undefined;
  if (/\bProf(?:\.|essor)/.test(title)) return salutation === 'Frau' ? 'Professorin' : 'Professor';
  if (/\bDr\b/.test(title)) return 'Dr.';
  return undefined;
}
