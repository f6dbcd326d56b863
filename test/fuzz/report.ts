// Findings grouped for people: per entry, per kind of failure (category and what was thrown), with
// the places and hostile values that caused it, and the one-line summary of a campaign.
import type { CallLabel } from './campaign.js';
import type { FailureCategory } from './contract.js';
import type { CampaignResult, Finding } from './pool.js';

/** Findings of one entry that broke the contract the same way. */
export interface FindingGroup {
  readonly entry: string;
  readonly category: FailureCategory;
  /** What was thrown, or what was found wrong, as first seen. */
  readonly what: string;
  readonly count: number;
  /** Up to EXAMPLES different places and values, first seen first. */
  readonly examples: readonly string[];
  /** How many different places and values there were in all. */
  readonly variants: number;
}

const EXAMPLES = 4;

// Numbers differ from call to call (indexes, lengths, times), and some engine messages end in the
// value they were given; the kind of failure does not.
const normalise = (text: string) =>
  text
    .replace(/(Invalid time zone specified|incompatible receiver|Invalid value used as weak map key): .*/, '$1: …')
    .replace(/^(TypeError: )(?:number|string|boolean|object|bigint|symbol) .* is not iterable/, '$1… is not iterable')
    .replace(/-?\d+(?:\.\d+)?(?:e[+-]?\d+)?/g, '#');

/** Where and with what a call was hostile: `options.timeZone = 'Not/AZone' (frozen)`. */
export function describeLabel(label: CallLabel): string {
  const value = label.sample === undefined ? label.kind : `${label.kind} ${label.sample}`;
  const frozen = label.frozen ? ' (argument deep-frozen)' : '';
  switch (label.change) {
    case 'none':
      return 'well-formed arguments';
    case 'fewer arguments':
      return `called with ${label.where}`;
    case 'deleted field':
      return `${label.where} deleted${frozen}`;
    case 'added key':
      return `own key ${label.where} = ${value}${frozen}`;
    default:
      return `${label.where} = ${value}${frozen}`;
  }
}

/** Findings grouped by entry, then by category and what was thrown (numbers aside), largest group first. */
export function groupFindings(findings: readonly Finding[]): Map<string, FindingGroup[]> {
  const groups = new Map<string, Map<string, { group: FindingGroup; seen: Set<string>; examples: string[] }>>();
  for (const { label, violation } of findings) {
    const what = [violation.thrown, violation.detail].filter((part) => part !== '').join(' — ');
    // Where an input changed or a prototype was polluted, the detail says how; otherwise what was thrown does.
    const key = `${violation.category}|${normalise(violation.thrown || violation.detail)}`;
    let byKey = groups.get(label.entry);
    if (byKey === undefined) {
      byKey = new Map();
      groups.set(label.entry, byKey);
    }
    let slot = byKey.get(key);
    if (slot === undefined) {
      slot = {
        group: { entry: label.entry, category: violation.category, what, count: 0, examples: [], variants: 0 },
        seen: new Set(),
        examples: [],
      };
      byKey.set(key, slot);
    }
    const example = describeLabel(label);
    const variant = normalise(example);
    if (!slot.seen.has(variant)) {
      slot.seen.add(variant);
      if (slot.examples.length < EXAMPLES) {
        const detail = violation.thrown !== '' && violation.detail !== '' ? ` [${violation.detail}]` : '';
        slot.examples.push(`${example}${detail}`);
      }
    }
    slot.group = { ...slot.group, count: slot.group.count + 1 };
  }
  const result = new Map<string, FindingGroup[]>();
  for (const [entry, byKey] of groups) {
    const list = [...byKey.values()].map(({ group, seen, examples }) => ({ ...group, examples, variants: seen.size }));
    result.set(
      entry,
      list.sort((a, b) => b.count - a.count),
    );
  }
  return result;
}

/** A group as lines of a test failure or a report. */
export function formatGroup(group: FindingGroup): string {
  const more = group.variants > group.examples.length ? `; ${group.variants - group.examples.length} more` : '';
  return `${group.category}: ${group.what} (${group.count} calls), e.g. ${group.examples.join('; ')}${more}`;
}

/** The campaign in one line: calls, hostile kinds, entries covered, failures by entry and kind. */
export function summaryLine(result: CampaignResult, entries: readonly string[], namedKinds: number): string {
  const calls = [...result.calls.values()].reduce((sum, count) => sum + count, 0);
  const covered = entries.filter((entry) => (result.calls.get(entry) ?? 0) > 0).length;
  const kindsUsed = [...result.kinds].filter((kind) => kind !== 'none').length;
  const grouped = groupFindings(result.findings);
  const failing = [...grouped].map(([entry, groups]) => {
    const byCategory = new Map<string, number>();
    for (const group of groups) {
      const kind = group.category === 'exception' ? (group.what.split(':', 1)[0] ?? 'exception') : group.category;
      byCategory.set(kind, (byCategory.get(kind) ?? 0) + group.count);
    }
    return `${entry} (${[...byCategory].map(([kind, count]) => `${kind} ${count}`).join(', ')})`;
  });
  return [
    `fuzz: ${calls} calls`,
    `${kindsUsed} kinds of hostile value used (${namedKinds} named)`,
    `${covered}/${entries.length} entry points covered`,
    failing.length === 0 ? 'no failures' : `failures in ${failing.length}: ${failing.join('; ')}`,
    ...(result.abandoned.length > 0 ? [`cut short: ${result.abandoned.join(', ')}`] : []),
  ].join(' | ');
}
