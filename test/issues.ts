import { expect } from 'vitest';
import { type KommunalIssue, KommunalValidationError } from '../src/errors/KommunalValidationError.js';

/** The issues of the KommunalValidationError that `run` throws; anything else fails the test. */
export function issuesOf(run: () => unknown): readonly KommunalIssue[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(KommunalValidationError);
    return (error as KommunalValidationError).issues;
  }
  throw new Error('expected a KommunalValidationError, but nothing was thrown');
}

/** The first issue of the KommunalValidationError that `run` throws, or undefined when it throws nothing. */
export function issueOf(run: () => unknown): KommunalIssue | undefined {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(KommunalValidationError);
    return (error as KommunalValidationError).issues[0];
  }
  return undefined;
}

/** Like {@link issuesOf}, with each path joined by dots (`'0.personIds'`), as tables of expected issues write it. */
export function joinedIssuesOf(run: () => unknown): { path: string; code: string; message: string }[] {
  return issuesOf(run).map((issue) => ({ path: issue.path.join('.'), code: issue.code, message: issue.message }));
}
