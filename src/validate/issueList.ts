import { type KommunalIssue, MAX_ISSUES, moreIssuesMessage } from '../errors/KommunalValidationError.js';
import type { Locale } from '../i18n/catalogue.js';
import { COLLECTIONS, type CollectionName } from '../model/dataset.js';

const ORDER = new Map<unknown, number>(COLLECTIONS.map((collection, index) => [collection, index]));

function compareKeys(first: unknown, firstIndex: unknown, second: unknown, secondIndex: unknown): number {
  const collection = (ORDER.get(first) ?? -1) - (ORDER.get(second) ?? -1);
  if (collection !== 0) return collection;
  return typeof firstIndex === 'number' && typeof secondIndex === 'number' ? firstIndex - secondIndex : 0;
}

/**
 * Input order: the dataset's own fields first, then by collection and index. The sort is stable, so
 * issues of one entity keep the order the checks found them in.
 */
export function compareIssues(a: KommunalIssue, b: KommunalIssue): number {
  return compareKeys(a.path[0], a.path[1], b.path[0], b.path[1]);
}

/**
 * The issues of one parse in input order, of which it keeps only the first {@link MAX_ISSUES} and
 * counts the rest: whatever the input, it holds at most twice that many, and sorting them costs
 * no more.
 */
export interface IssueList {
  /** Adds an issue: kept if it may be among the first, otherwise only counted. */
  add(issue: KommunalIssue): void;
  /** Counts issues known not to be among the first (see {@link accepts}) without building them. */
  count(issues: number): void;
  /** Whether an issue of this entity may still be among the first; if not, building it is wasted work. */
  accepts(collection: CollectionName, index: number): boolean;
  /** How many issues were added and counted. */
  readonly total: number;
  /** The first issues in input order and, if there were more, one `too_many_issues` issue counting the rest. */
  result(locale: Locale): KommunalIssue[];
}

export function createIssueList(): IssueList {
  let kept: KommunalIssue[] = [];
  // Once set, every kept issue that matters sorts before it; later issues that do not are counted only.
  let last: KommunalIssue | undefined;
  let total = 0;
  const shorten = () => {
    kept.sort(compareIssues);
    kept = kept.slice(0, MAX_ISSUES);
    last = kept[kept.length - 1];
  };
  return {
    add(issue) {
      total += 1;
      if (last !== undefined && compareIssues(issue, last) >= 0) return;
      kept.push(issue);
      if (kept.length >= 2 * MAX_ISSUES) shorten();
    },
    count(issues) {
      total += issues;
    },
    accepts(collection, index) {
      if (kept.length < MAX_ISSUES && last === undefined) return true;
      if (last === undefined) shorten();
      return compareKeys(collection, index, last?.path[0], last?.path[1]) < 0;
    },
    get total() {
      return total;
    },
    result(locale) {
      kept.sort(compareIssues);
      const first = kept.slice(0, MAX_ISSUES);
      if (total > first.length) {
        first.push({ path: [], code: 'too_many_issues', message: moreIssuesMessage(total - first.length, locale) });
      }
      return first;
    },
  };
}
