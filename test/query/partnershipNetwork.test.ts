// partnershipNetwork's depth bound on a chain of partnerships m0 – m1 – … – mN: depth 0 is refused,
// depth 1 reaches the neighbours, depth n exactly the municipalities n steps away or fewer, and
// depth n + 1 one step more, until the chain ends.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Dataset, parseDataset, partnershipNetwork } from '../../src/index.js';
import { issuesOf } from '../issues.js';
import { PROPERTY_TIMEOUT } from '../property.js';

/** Municipalities m0 … m(length) in a row, each a partner of the next (partnership `p<i>` joins m<i> and m<i+1>). */
function chain(length: number, ring = false): Dataset {
  const ids = Array.from({ length: length + 1 }, (_, index) => `m${index}`);
  const partnerships = ids.slice(1).map((id, index) => ({
    id: `p${index}`,
    kind: 'town-twinning' as const,
    municipalityIds: [`m${index}`, id],
  }));
  if (ring) partnerships.push({ id: 'ring', kind: 'town-twinning', municipalityIds: [`m${length}`, 'm0'] });
  return parseDataset({
    municipalities: ids.map((id) => ({ id, name: id.toUpperCase(), kind: 'city', country: 'DE', state: 'DE-HE' })),
    partnerships,
  });
}

const members = (dataset: Dataset, start: string, depth: number) =>
  partnershipNetwork(dataset, start, { depth }).map((member) => [member.municipality.id, member.depth, member.via]);

describe('partnershipNetwork depth', () => {
  const five = chain(5);

  it('refuses depth 0, naming the option and the value, in the caller’s language', () => {
    const [issue] = issuesOf(() => partnershipNetwork(five, 'm0', { depth: 0 }));
    expect(issue?.path).toEqual([]);
    expect(issue?.code).toBe('invalid_option');
    expect(issue?.message).toMatch(/^Die Option „depth“ von partnershipNetwork .* nicht 0\.$/);
    const [english] = issuesOf(() => partnershipNetwork(five, 'm0', { depth: 0, locale: 'en' }));
    expect(english?.code).toBe('invalid_option');
    expect(english?.message).toMatch(/^The option "depth" of partnershipNetwork .* not 0\.$/);
  });

  it('reaches the direct partners at depth 1, and not the start itself', () => {
    expect(members(five, 'm0', 1)).toEqual([['m1', 1, 'p0']]);
    expect(members(five, 'm2', 1)).toEqual([
      ['m1', 1, 'p1'],
      ['m3', 1, 'p2'],
    ]);
  });

  it('reaches exactly n steps at depth n, one more at depth n + 1, and no more past the end', () => {
    const all = [
      ['m1', 1, 'p0'],
      ['m2', 2, 'p1'],
      ['m3', 3, 'p2'],
      ['m4', 4, 'p3'],
      ['m5', 5, 'p4'],
    ];
    for (let depth = 1; depth <= 5; depth += 1) {
      expect(members(five, 'm0', depth)).toEqual(all.slice(0, depth));
      expect(members(five, 'm0', depth + 1)).toEqual(all.slice(0, depth + 1));
    }
    expect(members(five, 'm0', 6)).toEqual(all);
    expect(members(five, 'm0', Number.MAX_SAFE_INTEGER)).toEqual(all);
  });

  it('lists each municipality of a ring once, at the depth of its shorter way round', () => {
    const ring = chain(5, true);
    expect(members(ring, 'm0', 1)).toEqual([
      ['m1', 1, 'p0'],
      ['m5', 1, 'ring'],
    ]);
    expect(members(ring, 'm0', 3).map(([id, depth]) => `${id}:${depth}`)).toEqual([
      'm1:1',
      'm5:1',
      'm2:2',
      'm4:2',
      'm3:3',
    ]);
    expect(members(ring, 'm0', 4)).toEqual(members(ring, 'm0', 3));
  });

  it(
    'on any chain, from any start, reaches those at most `depth` steps away, nearest first',
    () => {
      fc.assert(
        fc.property(
          fc
            .integer({ min: 1, max: 30 })
            .chain((length) => fc.tuple(fc.constant(length), fc.nat({ max: length }), fc.integer({ min: 1, max: 35 }))),
          ([length, start, depth]) => {
            const found = partnershipNetwork(chain(length), `m${start}`, { depth });
            const expected = Array.from({ length: length + 1 }, (_, index) => index).filter(
              (index) => index !== start && Math.abs(index - start) <= depth,
            );
            expect(found.map((member) => Number(member.municipality.id.slice(1))).sort((a, b) => a - b)).toEqual(
              expected,
            );
            for (const member of found) {
              expect(member.depth).toBe(Math.abs(Number(member.municipality.id.slice(1)) - start));
            }
            const depths = found.map((member) => member.depth);
            expect(depths).toEqual([...depths].sort((a, b) => a - b));
          },
        ),
        { numRuns: 200 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
