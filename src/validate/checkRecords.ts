import type { GrantDecision, Money } from '../model/funding.js';
import { checkPartialPeriod } from './checkTimes.js';
import type { CheckContext, Path } from './context.js';
import { dayExists, firstDay, lastDay } from './dates.js';

/**
 * The dates of office records (council decisions, memberships, committees, applications, funding
 * decisions) and the sums of funding decisions. A year or month stands for all its days, and only
 * certain contradictions are reported: a period whose last possible day lies before its first.
 */
export function checkRecords(context: CheckContext): void {
  const { entries } = context;
  for (const { value, index } of entries.partnerships) {
    const date = value.councilDecision?.date;
    if (date !== undefined) checkDay(context, ['partnerships', index, 'councilDecision', 'date'], date);
  }
  for (const { value, index } of entries.memberships) checkPartialPeriod(context, ['memberships', index], value);
  for (const { value, index } of entries.committees) checkPartialPeriod(context, ['committees', index], value);
  for (const { value, index } of entries.grants) {
    const path = ['grants', index];
    if (value.appliedOn !== undefined) checkDay(context, [...path, 'appliedOn'], value.appliedOn);
    const programme = context.byId.fundingProgrammes.get(value.programmeId);
    value.decisions?.forEach((decision, at) => {
      checkDecision(context, [...path, 'decisions', at], decision, programme, value.amount);
    });
  }
}

/** Reports a `YYYY-MM-DD` of a day that does not exist; `true` where the value can be compared. */
function checkDay(context: CheckContext, path: Path, value: string): boolean {
  if (dayExists(value)) return true;
  context.report(path, 'invalid_date', context.messages.dayDoesNotExist(value));
  return false;
}

function checkDecision(
  context: CheckContext,
  path: Path,
  decision: GrantDecision,
  programme: { readonly startDate?: string | undefined; readonly endDate?: string | undefined } | undefined,
  grantAmount: Money | undefined,
): void {
  const { messages, report } = context;
  checkDay(context, [...path, 'date'], decision.date);
  const { startDate, endDate } = decision.period;
  const startExists = checkDay(context, [...path, 'period', 'startDate'], startDate);
  const endExists = checkDay(context, [...path, 'period', 'endDate'], endDate);
  const due = decision.proofOfUseDue;
  const dueExists = due === undefined || checkDay(context, [...path, 'proofOfUseDue'], due);
  if (startExists && endExists) {
    if (lastDay(endDate) < firstDay(startDate)) {
      report([...path, 'period', 'endDate'], 'invalid_range', messages.endBeforeStart(startDate, endDate));
    }
    if (programme !== undefined) {
      const before = programme.startDate !== undefined && lastDay(startDate) < firstDay(programme.startDate);
      const after = programme.endDate !== undefined && firstDay(endDate) > lastDay(programme.endDate);
      if (before || after) {
        report(
          [...path, 'period', before ? 'startDate' : 'endDate'],
          'outside_period',
          messages.decisionOutsideProgramme(startDate, endDate, programme.startDate, programme.endDate),
        );
      }
    }
  }
  if (startExists && due !== undefined && dueExists && lastDay(due) < firstDay(startDate)) {
    report([...path, 'proofOfUseDue'], 'invalid_range', messages.proofOfUseBeforeStart(due, startDate));
  }
  checkSums(context, path, decision, grantAmount);
}

/** The sum in whole cents, where it can be counted in them exactly enough. */
function cents(value: number): number {
  return Math.round(value * 100);
}

/**
 * Currencies that agree with the amount's (and the grant's), rate × eligible costs = amount and
 * eligible costs − amount = own contribution, each to the cent, where all three are given.
 */
function checkSums(context: CheckContext, path: Path, decision: GrantDecision, grantAmount: Money | undefined): void {
  const { messages, report } = context;
  const { amount, eligibleCosts, fundingRate, ownContribution } = decision;
  const currency = amount.currency;
  let agree = true;
  for (const [key, money] of [
    ['eligibleCosts', eligibleCosts],
    ['ownContribution', ownContribution],
  ] as const) {
    if (money !== undefined && money.currency !== currency) {
      report([...path, key, 'currency'], 'currency_mismatch', messages.currencyMismatch(money.currency, currency));
      agree = false;
    }
  }
  if (grantAmount !== undefined && grantAmount.currency !== currency) {
    report(
      [...path, 'amount', 'currency'],
      'currency_mismatch',
      messages.currencyMismatch(currency, grantAmount.currency),
    );
  }
  if (!agree || eligibleCosts === undefined) return;
  // Rounded to the cent either way: the product may differ from the amount by less than one cent.
  if (fundingRate !== undefined && Math.abs(fundingRate * cents(eligibleCosts.value) - cents(amount.value)) >= 1) {
    report(
      [...path, 'amount'],
      'funding_rate_mismatch',
      messages.fundingRateMismatch(fundingRate, eligibleCosts.value, amount.value, currency),
    );
  }
  if (
    ownContribution !== undefined &&
    cents(eligibleCosts.value) - cents(amount.value) !== cents(ownContribution.value)
  ) {
    report(
      [...path, 'ownContribution'],
      'own_contribution_mismatch',
      messages.ownContributionMismatch(eligibleCosts.value, amount.value, ownContribution.value, currency),
    );
  }
}
