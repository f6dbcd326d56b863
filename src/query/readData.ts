import {
  type KommunalIssue,
  type KommunalIssueCode,
  KommunalValidationError,
  MAX_ISSUES,
  moreIssuesMessage,
} from '../errors/KommunalValidationError.js';
import type { Locale } from '../errors/options.js';
import { isArray } from '../time/quote.js';

// Readers of a caller's data (datasets, schedule items) that list every problem they find: the
// queries' index and the schedule functions share them.

/**
 * Problems in input order, at most {@link MAX_ISSUES} kept: the rest are only counted, and their
 * messages never written. A class with plain fields: readers of a million items ask for `total`
 * once per item.
 */
export class IssueList {
  readonly kept: KommunalIssue[] = [];
  /** How many were added, kept or not. */
  total = 0;

  add(path: readonly (string | number)[], code: KommunalIssueCode, message: () => string): void {
    this.total += 1;
    if (this.kept.length < MAX_ISSUES) this.kept.push({ path, code, message: message() });
  }

  /** Counts a problem without building it: for callers that know {@link full} is true. */
  skip(): void {
    this.total += 1;
  }

  /** Whether no more problems are kept, so a caller may {@link skip} one instead of building it. */
  get full(): boolean {
    return this.kept.length >= MAX_ISSUES;
  }
}

export function issueList(): IssueList {
  return new IssueList();
}

/** The issue that ends a shortened list: it counts the problems not listed. */
export function tooManyIssues(rest: number, locale: Locale): KommunalIssue {
  return { path: [], code: 'too_many_issues', message: moreIssuesMessage(rest, locale) };
}

/** Throws the problems of an {@link IssueList}, if there are any, with a count of those not kept. */
export function throwIssues(issues: IssueList, locale: Locale): void {
  if (issues.total === 0) return;
  const listed = [...issues.kept];
  const rest = issues.total - listed.length;
  if (rest > 0) listed.push(tooManyIssues(rest, locale));
  throw new KommunalValidationError(listed, { locale });
}

/** Where a list of texts in a caller's data goes wrong: the entry (none if the value is no list) and what it holds. */
export interface TextListMisfit {
  readonly at: number | undefined;
  readonly value: unknown;
}

/**
 * A list of texts in a caller's data (ids of people, guests, partners), read once: its entries are
 * written to `into` from index 0 and their number returned (entries of `into` past them are left as
 * they were, so a caller can reuse one list without shrinking it); or, where the value is not such
 * a list, the misfit: the value itself if it is no list, else the first entry that is no text.
 * Entries are read one by one up to that entry, so a sparse list claiming billions of entries ends
 * at its first hole. What a getter or Proxy trap throws is thrown.
 */
export function copyTexts(value: unknown, into: string[]): number | TextListMisfit {
  if (!isArray(value)) return { at: undefined, value };
  const length = value.length;
  for (let entry = 0; entry < length; entry += 1) {
    const text: unknown = value[entry];
    if (typeof text !== 'string') return { at: entry, value: text };
    into[entry] = text;
  }
  return length;
}
