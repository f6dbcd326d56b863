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
  | 'state_country_mismatch'
  | 'unknown_state'
  | 'invalid_postal_code'
  | 'missing_responsible';

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
 * Thrown when input cannot be used: it lists every problem found at once in `issues`,
 * and its `message` joins them, so a log line shows all of them.
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
  /** Every problem found, in input order. Never empty. */
  readonly issues: readonly KommunalIssue[];

  /**
   * @param issues - The problems found; at least one.
   */
  constructor(issues: readonly KommunalIssue[]) {
    super(summarise(issues));
    this.issues = Object.freeze([...issues]);
  }
}

function summarise(issues: readonly KommunalIssue[]): string {
  if (issues.length === 1) return issues[0]?.message ?? '';
  const lines = issues.map((issue) => `- ${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`);
  return `${issues.length} Probleme gefunden:\n${lines.join('\n')}`;
}

/** Throws a {@link KommunalValidationError} with a single issue at the root of the input. */
export function fail(code: KommunalIssueCode, message: string): never {
  throw new KommunalValidationError([{ path: [], code, message }]);
}
