import { COLLECTIONS } from '../model/dataset.js';
import type { ProgrammeItem } from '../model/programmeItem.js';
import { type CheckContext, checkReference, checkReferences, type Path } from './context.js';

/** Unique ids, references that resolve to the right kind, and the structure they form. */
export function checkLinks(
  context: CheckContext,
  rawIds: { readonly [K in (typeof COLLECTIONS)[number]]: readonly (string | undefined)[] },
): void {
  const { entries, messages, report } = context;
  for (const collection of COLLECTIONS) checkUnique(context, [collection], rawIds[collection], collection);

  for (const { value, index } of entries.organisations) {
    const path = ['organisations', index];
    checkReference(context, [...path, 'municipalityId'], value.municipalityId, ['municipalities']);
    checkReference(context, [...path, 'parentId'], value.parentId, ['organisations']);
    checkReference(context, [...path, 'venueId'], value.venueId, ['venues']);
    if (value.parentId !== undefined && leadsBackTo(context, value.id)) {
      report([...path, 'parentId'], 'reference_cycle', messages.parentCycle(value.id));
    }
  }
  for (const { value, index } of entries.persons) {
    value.roles?.forEach((role, roleIndex) => {
      checkReference(context, ['persons', index, 'roles', roleIndex, 'organisationId'], role.organisationId, [
        'organisations',
      ]);
    });
  }
  for (const { value, index } of entries.venues) {
    checkReference(context, ['venues', index, 'municipalityId'], value.municipalityId, ['municipalities']);
  }
  const pairs = new Map<string, number>();
  for (const { value, index } of entries.partnerships) {
    const path = ['partnerships', index];
    checkReferences(context, [...path, 'municipalityIds'], value.municipalityIds, ['municipalities']);
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
    checkReference(context, [...path, 'hostId'], value.hostId, ['municipalities']);
    checkReferences(context, [...path, 'guestIds'], value.guestIds, ['municipalities']);
    checkReferences(context, [...path, 'organiserIds'], value.organiserIds, ['organisations']);
    checkReference(context, [...path, 'reciprocates'], value.reciprocates, ['exchanges']);
    checkItems(context, [...path, 'programme'], value.programme);
  }
  for (const { value, index } of entries.fundingProgrammes) {
    checkReference(context, ['fundingProgrammes', index, 'funderId'], value.funderId, ['organisations']);
  }
  for (const { value, index } of entries.grants) {
    checkReference(context, ['grants', index, 'programmeId'], value.programmeId, ['fundingProgrammes']);
    checkReference(context, ['grants', index, 'recipientId'], value.recipientId, ['municipalities', 'organisations']);
  }
  for (const { value, index } of entries.measures) {
    const path = ['measures', index];
    if (value.organisationId === undefined && value.municipalityId === undefined) {
      report(path, 'missing_responsible', messages.missingResponsible());
    }
    checkReference(context, [...path, 'organisationId'], value.organisationId, ['organisations']);
    checkReference(context, [...path, 'municipalityId'], value.municipalityId, ['municipalities']);
    checkReferences(context, [...path, 'partnerIds'], value.partnerIds, ['organisations', 'municipalities']);
    checkReference(context, [...path, 'grantId'], value.grantId, ['grants']);
    checkItems(context, [...path, 'sessions'], value.sessions);
  }
}

function checkUnique(context: CheckContext, path: Path, ids: readonly (string | undefined)[], name: string): void {
  const first = new Map<string, number>();
  ids.forEach((id, index) => {
    if (id === undefined) return;
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, index);
    else context.report([...path, index, 'id'], 'duplicate_id', context.messages.duplicateId(id, name, earlier));
  });
}

function checkItems(context: CheckContext, path: Path, items: readonly ProgrammeItem[] | undefined): void {
  if (items === undefined) return;
  checkUnique(
    context,
    path,
    items.map((item) => item.id),
    String(path[path.length - 1]),
  );
  items.forEach((item, index) => {
    checkReference(context, [...path, index, 'venueId'], item.venueId, ['venues']);
    checkReferences(context, [...path, index, 'personIds'], item.personIds, ['persons']);
  });
}

/** Whether following `parentId` from an organisation comes back to it. */
function leadsBackTo(context: CheckContext, id: string): boolean {
  const seen = new Set<string>();
  let current = context.byId.organisations.get(id)?.parentId;
  while (current !== undefined && !seen.has(current)) {
    if (current === id) return true;
    seen.add(current);
    current = context.byId.organisations.get(current)?.parentId;
  }
  return false;
}
