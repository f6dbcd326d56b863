import { COLLECTIONS, type CollectionName } from '../model/dataset.js';
import type { Delegation } from '../model/exchange.js';
import type { ProgrammeItem } from '../model/programmeItem.js';
import type { RawIds } from './checkShape.js';
import { type CheckContext, checkReference, checkReferences, type Path } from './context.js';

/** Where a host, guest, organiser or contributor may be found: it is a municipality or an organisation. */
const PARTIES: readonly CollectionName[] = ['municipalities', 'organisations'];

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
    const parent = value.parentId === undefined ? undefined : context.byId.organisations.get(value.parentId);
    if (parent?.kind === 'network') {
      context.notice([...path, 'parentId'], 'network_as_parent', messages.networkAsParent(value.id, parent.id));
    }
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
    checkReferences(context, path, 'carriedBy', value.carriedBy, ['organisations']);
    const [first, second] = value.municipalityIds;
    if (first === second) {
      report([...path, 'municipalityIds'], 'invalid_partnership', messages.partnershipWithItself(first));
      continue;
    }
    const key = JSON.stringify([value.kind, ...[first, second].sort()]);
    const earlier = pairs.get(key);
    if (earlier === undefined) pairs.set(key, index);
    else report(path, 'duplicate_partnership', messages.duplicatePartnership(earlier));
    if (value.kind === 'town-twinning') {
      const countries = [first, second].map((id) => context.byId.municipalities.get(id)?.country);
      // Only where both are known: an unresolved id is reported already.
      if (countries.every((country) => country !== undefined && country !== 'DE')) {
        context.notice([...path, 'kind'], 'foreign_town_twinning', messages.foreignTownTwinning(first, second));
      }
    }
  }
  for (const { value, index } of entries.exchanges) {
    const path = ['exchanges', index];
    checkReference(context, path, 'hostId', value.hostId, PARTIES);
    checkReferences(context, path, 'coHostIds', value.coHostIds, PARTIES);
    checkReferences(context, path, 'guestIds', value.guestIds, PARTIES);
    checkReferences(context, path, 'organiserIds', value.organiserIds, PARTIES);
    checkReference(context, path, 'reciprocates', value.reciprocates, ['exchanges']);
    value.delegations?.forEach((delegation, at) => {
      checkDelegation(context, [...path, 'delegations', at], delegation);
    });
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
  for (const { value, index } of entries.memberships) {
    const path = ['memberships', index];
    const { organisationId, municipalityId, networkId } = value;
    if ((organisationId === undefined) === (municipalityId === undefined)) {
      report(path, 'invalid_membership', messages.membershipMember(organisationId !== undefined));
    }
    checkReference(context, path, 'organisationId', organisationId, ['organisations']);
    checkReference(context, path, 'municipalityId', municipalityId, ['municipalities']);
    checkReference(context, path, 'networkId', networkId, ['organisations']);
    const network = context.byId.organisations.get(networkId);
    if (network !== undefined && network.kind !== 'network') {
      report([...path, 'networkId'], 'not_a_network', messages.notANetwork(networkId, network.kind));
    }
  }
  for (const { value, index } of entries.committees) {
    const path = ['committees', index];
    checkReference(context, path, 'municipalityId', value.municipalityId, ['municipalities']);
    checkReference(context, path, 'organisationId', value.organisationId, ['organisations']);
    checkReferences(context, path, 'memberIds', value.memberIds, ['organisations', 'persons', 'municipalities']);
  }
}

/** A delegation's references, and its leader among its members where they are listed. */
function checkDelegation(context: CheckContext, path: Path, delegation: Delegation): void {
  checkReference(context, path, 'municipalityId', delegation.municipalityId, ['municipalities']);
  checkReference(context, path, 'organisationId', delegation.organisationId, ['organisations']);
  checkReferences(context, path, 'members', delegation.members, ['persons']);
  checkReference(context, path, 'leaderId', delegation.leaderId, ['persons']);
  checkReferences(context, path, 'interpreters', delegation.interpreters, ['persons']);
  const { leaderId, members } = delegation;
  if (leaderId !== undefined && members !== undefined && !members.includes(leaderId)) {
    context.report([...path, 'leaderId'], 'leader_not_member', context.messages.leaderNotMember(leaderId));
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
    checkReferences(context, at, 'contributorIds', item.contributorIds, PARTIES);
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
