import type { Locale } from '../i18n/catalogue.js';
import { ERROR_MESSAGES } from '../i18n/errors.js';

/**
 * What kind of problem a {@link KommunalIssue} reports. Stable strings an app can switch on;
 * the wording for people is in `message`.
 *
 * @example
 * ```ts
 * import { type KommunalIssueCode, parseGermanDate, KommunalValidationError } from 'kommunal';
 *
 * function codeOf(run: () => unknown): KommunalIssueCode | undefined {
 *   try {
 *     run();
 *   } catch (error) {
 *     if (error instanceof KommunalValidationError) return error.issues[0]?.code;
 *   }
 *   return undefined;
 * }
 * codeOf(() => parseGermanDate('31.04.2024')); // => 'invalid_date'
 * ```
 *
 * @category Validation
 */
export type KommunalIssueCode =
  // Shape, as zod reports it:
  | 'invalid_type'
  | 'invalid_format'
  | 'invalid_value'
  | 'too_small'
  | 'too_big'
  | 'unrecognized_keys'
  | 'invalid_union'
  | 'custom'
  // Dates and times:
  | 'invalid_date'
  | 'invalid_time'
  | 'invalid_time_zone'
  | 'missing_time_zone'
  | 'nonexistent_time'
  | 'invalid_range'
  | 'missing_start'
  | 'outside_period'
  | 'invalid_number'
  // Options a function was called with:
  | 'invalid_option'
  // More problems than a report lists; the last issue counts the rest:
  | 'too_many_issues'
  // Meaning across a dataset:
  | 'duplicate_id'
  | 'unresolved_reference'
  | 'wrong_reference_kind'
  | 'reference_cycle'
  | 'invalid_reciprocation'
  | 'invalid_partnership'
  | 'duplicate_partnership'
  | 'invalid_ags'
  | 'ags_state_mismatch'
  | 'ags_kind_mismatch'
  | 'padded_district_key'
  | 'invalid_ars'
  | 'ars_ags_mismatch'
  | 'time_zone_country_mismatch'
  | 'state_country_mismatch'
  | 'unknown_state'
  | 'invalid_postal_code'
  | 'missing_responsible'
  | 'leader_not_member'
  | 'invalid_membership'
  | 'not_a_network'
  // Grant decisions whose sums disagree:
  | 'funding_rate_mismatch'
  | 'own_contribution_mismatch'
  | 'currency_mismatch'
  // Notices on relations better written otherwise:
  | 'foreign_town_twinning'
  | 'network_as_parent'
  // Status and provenance: an `assumed` path that names no field; notices on a status its dates contradict:
  | 'unresolved_assumption'
  | 'held_in_future'
  | 'planned_in_past'
  // toJsonLd: an event without any place, which Google's Event rich results require:
  | 'missing_location';

/**
 * One problem found in the input: where it is, what kind it is, and a sentence for people.
 *
 * @example
 * ```ts
 * import type { KommunalIssue } from 'kommunal';
 *
 * const issue: KommunalIssue = {
 *   path: ['exchanges', 0, 'startDate'],
 *   code: 'invalid_date',
 *   message: '„2024-02-30“ ist kein gültiges Datum: Der Februar 2024 hat 29 Tage.',
 * };
 * issue.path.join('.'); // => 'exchanges.0.startDate'
 * ```
 *
 * @category Validation
 */
export interface KommunalIssue {
  /** Where the problem is, as keys and indexes into the input (empty for the input itself). */
  readonly path: readonly (string | number)[];
  /** What kind of problem it is. */
  readonly code: KommunalIssueCode;
  /** A German sentence (English on request where a function offers it) that names the input. */
  readonly message: string;
}

/**
 * At most this many issues are listed in a report; a final issue of code `too_many_issues`
 * counts the rest, so that neither the report nor its message grows with the input.
 */
export const MAX_ISSUES = 1000;

/**
 * The sentence of the `too_many_issues` issue that ends a shortened report: „… und 199.000 weitere
 * Probleme.“ / "… and 199,000 more problems."
 */
export function moreIssuesMessage(rest: number, locale: Locale): string {
  return ERROR_MESSAGES[locale].moreIssues(rest);
}

/**
 * Thrown when input cannot be used: it lists every problem found at once in `issues`,
 * and its `message` joins them, so a log line shows all of them. Where a function finds more than
 * 1,000 problems it lists the first 1,000 and ends with one issue of code `too_many_issues` that
 * counts the rest; the message joins at most that many lines too.
 *
 * @example
 * ```ts
 * import { formatDate, KommunalValidationError } from 'kommunal';
 *
 * try {
 *   formatDate('2024-02-30');
 * } catch (error) {
 *   error instanceof KommunalValidationError; // => true
 *   (error as KommunalValidationError).issues[0]?.code; // => 'invalid_date'
 * }
 * ```
 *
 * @category Validation
 */
export class KommunalValidationError extends Error {
  /** Always `KommunalValidationError`, also after the error has crossed a realm or been serialised. */
  override readonly name = 'KommunalValidationError';
  /** Every problem found, in input order. Never empty. Each a frozen copy of what was passed in. */
  readonly issues: readonly KommunalIssue[];

  /**
   * @param issues - The problems found; at least one, each with `path` (strings and numbers),
   * `code` and `message` (non-empty strings).
   * @param options - `locale` of the message's heading (`de`, the default, or `en`); the issues
   * bring their own wording.
   * @throws {@link KommunalValidationError} (of code `invalid_type` or `invalid_option`) for issues
   * or options that are not as described, so that an error always holds issues an app can read.
   */
  constructor(issues: readonly KommunalIssue[], options?: { readonly locale?: Locale | undefined }) {
    super('');
    const read = readArguments(issues, options);
    this.issues = read.issues;
    this.message = summarise(read.issues, read.locale);
  }
}

/** What went wrong with the arguments of the constructor, as the one issue of the error it throws instead. */
class Refusal {
  constructor(readonly issue: KommunalIssue) {}
}

function readIssue(value: unknown, index: number, locale: Locale): KommunalIssue {
  const messages = ERROR_MESSAGES[locale];
  const refuse = (field: string, found: unknown, expected: string): never => {
    throw new Refusal({ path: [], code: 'invalid_type', message: messages.wrongField(index, field, found, expected) });
  };
  if (typeof value !== 'object' || value === null) {
    return refuse(messages.theIssue, value, messages.anObject);
  }
  const { path, code, message } = value as Record<string, unknown>;
  if (!Array.isArray(path)) return refuse('path', path, messages.aPath);
  const keys: (string | number)[] = [];
  for (let at = 0; at < path.length; at += 1) {
    const key: unknown = path[at];
    if (typeof key !== 'string' && typeof key !== 'number') return refuse(`path[${at}]`, key, messages.aPath);
    keys.push(key);
  }
  if (typeof code !== 'string' || code === '') return refuse('code', code, messages.aNonEmptyText);
  if (typeof message !== 'string' || message === '') return refuse('message', message, messages.aNonEmptyText);
  return Object.freeze({ path: Object.freeze(keys), code: code as KommunalIssueCode, message });
}

/**
 * The constructor's arguments, checked and copied: JavaScript callers do not obey the types, and an
 * error whose issues cannot be read would fail the app that reports it. A wrong argument becomes a
 * KommunalValidationError of its own, thrown instead.
 */
function readArguments(
  issues: unknown,
  options: unknown,
): { readonly issues: readonly KommunalIssue[]; readonly locale: Locale } {
  let locale: Locale = 'de';
  let refusal: KommunalIssue;
  try {
    const given =
      typeof options === 'object' && options !== null ? (options as { locale?: unknown }).locale : undefined;
    if (given === 'en') locale = 'en';
    else if (given !== undefined && given !== 'de') {
      throw new Refusal({ path: [], code: 'invalid_option', message: ERROR_MESSAGES.de.wrongLocale(given) });
    }
    if (!Array.isArray(issues) || issues.length === 0) {
      throw new Refusal({ path: [], code: 'invalid_type', message: ERROR_MESSAGES[locale].notIssues(issues) });
    }
    const copies: KommunalIssue[] = [];
    // Stops at the first wrong issue, so a list claiming billions of entries ends at its first hole.
    for (let index = 0; index < issues.length; index += 1) copies.push(readIssue(issues[index], index, locale));
    return { issues: Object.freeze(copies), locale };
  } catch (error) {
    refusal =
      error instanceof Refusal
        ? error.issue
        : { path: [], code: 'invalid_type', message: ERROR_MESSAGES[locale].unreadableArguments(error) };
  }
  throw new KommunalValidationError([refusal], { locale });
}

function line(issue: KommunalIssue): string {
  return `- ${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`;
}

// Joins at most MAX_ISSUES lines and a count of the rest, whatever a caller passes in.
function summarise(issues: readonly KommunalIssue[], locale: Locale): string {
  if (issues.length === 1) return issues[0]?.message ?? '';
  const shortened = issues[issues.length - 1]?.code === 'too_many_issues';
  const listed = Math.min(shortened ? issues.length - 1 : issues.length, MAX_ISSUES);
  const lines: string[] = [];
  for (let index = 0; index < listed; index += 1) lines.push(line(issues[index] as KommunalIssue));
  if (shortened) lines.push(line(issues[issues.length - 1] as KommunalIssue));
  else if (issues.length > listed) lines.push(`- ${moreIssuesMessage(issues.length - listed, locale)}`);
  const messages = ERROR_MESSAGES[locale];
  const heading = shortened || issues.length > listed ? messages.shortenedHeading(listed) : messages.heading(listed);
  return `${heading}\n${lines.join('\n')}`;
}

/** Throws a {@link KommunalValidationError} with a single issue at the root of the input. */
export function fail(code: KommunalIssueCode, message: string): never {
  throw new KommunalValidationError([{ path: [], code, message }]);
}

/**
 * The same problems with `prefix` before each path, for an error that a function raised about a
 * part of its caller's input (`['dataset', …]`, `['items', …]`).
 */
export function prefixIssues(
  error: KommunalValidationError,
  prefix: readonly (string | number)[],
  locale: Locale,
): KommunalValidationError {
  const issues = error.issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }));
  return new KommunalValidationError(issues, { locale });
}
