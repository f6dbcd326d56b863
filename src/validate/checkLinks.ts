import { COLLECTIONS, type CollectionName } from '../model/dataset.js';
import type { ProgrammeItem } from '../model/programmeItem.js';
import type { RawIds } from './checkShape.js';
import { type CheckContext, checkReference, checkReferences, type Path } from './context.js';

/** Unique ids, references that resolve to the right kind, and the structure they form. */
export function checkLinks(context: CheckContext, rawIds: { readonly [K in CollectionName]: RawIds }): void {
  const { entries, messages, report } = context;
  for (const collection of COLLECTIONS) checkUnique(context, [collection], rawIds[collection], collection);

  const inCycle = organisationsInCycles(context);
  for (const { value, index } of entries.organisations) {
    const path = ['organisations', index];
    checkReference(context, path, 'municipalityId', value.municipalityId, ['municipalities']);
    checkReference(context, path, 'parentId', value.parentId, ['organisations']);
    checkReference(context, path, 'venueId', value.venueId, ['venues']);
    if (inCycle.has(value.id)) report([...path, 'parentId'], 'reference_cycle', messages.parentCycle(value.id));
  }
  for (const { value, index } of entries.persons) {
    value.roles?.forEach((role, roleIndex) => {
      checkReference(context, ['persons', index, 'roles', roleIndex], 'organisationId', role.organisationId, [
        'organisations',
      ]);
    });
  }
  for (const { value, index } of entries.venues) {
    checkReference(context, ['venues', index], 'municipalityId', value.municipalityId, ['municipalities']);
  }
  const pairs = new Map<string, number>();
  for (const { value, index } of entries.partnerships) {
    const path = ['partnerships', index];
    checkReferences(context, path, 'municipalityIds', value.municipalityIds, ['municipalities']);
    const [first, second] = value.municipalityIds;
    if (first === second) {
      report([...path, 'municipalityIds'], 'invalid_partnership', messages.partnershipWithItself(first));
      continue;
    }
    const key = JSON.stringify([value.kind, ...[first, second].sort()]);
    const earlier = pairs.get(key);
    if (earlier === undefined) pairs.set(key, index);
    else report(path, 'duplicate_partnership', messages.duplicatePartnership(earlier));
  }
  for (const { value, index } of entries.exchanges) {
    const path = ['exchanges', index];
    checkReference(context, path, 'hostId', value.hostId, ['municipalities']);
    checkReferences(context, path, 'guestIds', value.guestIds, ['municipalities']);
    checkReferences(context, path, 'organiserIds', value.organiserIds, ['organisations']);
    checkReference(context, path, 'reciprocates', value.reciprocates, ['exchanges']);
    checkItems(context, [...path, 'programme'], value.programme);
  }
  for (const { value, index } of entries.fundingProgrammes) {
    checkReference(context, ['fundingProgrammes', index], 'funderId', value.funderId, ['organisations']);
  }
  for (const { value, index } of entries.grants) {
    checkReference(context, ['grants', index], 'programmeId', value.programmeId, ['fundingProgrammes']);
    checkReference(context, ['grants', index], 'recipientId', value.recipientId, ['municipalities', 'organisations']);
  }
  for (const { value, index } of entries.measures) {
    const path = ['measures', index];
    if (value.organisationId === undefined && value.municipalityId === undefined) {
      report(path, 'missing_responsible', messages.missingResponsible());
    }
    checkReference(context, path, 'organisationId', value.organisationId, ['organisations']);
    checkReference(context, path, 'municipalityId', value.municipalityId, ['municipalities']);
    checkReferences(context, path, 'partnerIds', value.partnerIds, ['organisations', 'municipalities']);
    checkReference(context, path, 'grantId', value.grantId, ['grants']);
    checkItems(context, [...path, 'sessions'], value.sessions);
  }
}

function checkUnique(context: CheckContext, path: Path, { ids, indexes }: RawIds, name: string): void {
  const first = new Map<string, number>();
  for (let at = 0; at < ids.length; at += 1) {
    const id = ids[at] as string;
    const index = indexes[at] as number;
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, index);
    else context.report([...path, index, 'id'], 'duplicate_id', context.messages.duplicateId(id, name, earlier));
  }
}

function checkItems(context: CheckContext, path: Path, items: readonly ProgrammeItem[] | undefined): void {
  if (items === undefined) return;
  checkUnique(
    context,
    path,
    { ids: items.map((item) => item.id), indexes: items.map((_, index) => index) },
    String(path[path.length - 1]),
  );
  items.forEach((item, index) => {
    const at = [...path, index];
    checkReference(context, at, 'venueId', item.venueId, ['venues']);
    checkReferences(context, at, 'personIds', item.personIds, ['persons']);
  });
}

/**
 * The organisations that `parentId` leads back to themselves. Each organisation has at most one
 * parent, so one walk per chain finds every cycle: each organisation is visited once, and a chain of
 * 100,000 organisations costs 100,000 steps, not 5 billion.
 */
function organisationsInCycles(context: CheckContext): Set<string> {
  const inCycle = new Set<string>();
  // The walk that first reached an organisation; a walk that meets its own number has closed a cycle.
  const walkOf = new Map<string, number>();
  let walk = 0;
  for (const { value } of context.entries.organisations) {
    walk += 1;
    const path: string[] = [];
    let current: string | undefined = value.id;
    while (current !== undefined && !walkOf.has(current)) {
      walkOf.set(current, walk);
      path.push(current);
      current = context.byId.organisations.get(current)?.parentId;
    }
    if (current !== undefined && walkOf.get(current) === walk) {
      for (let index = path.lastIndexOf(current); index < path.length; index += 1) inCycle.add(path[index] as string);
    }
  }
  return inCycle;
}
