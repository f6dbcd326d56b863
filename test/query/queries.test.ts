import { describe, expect, it } from 'vitest';
import {
  exchangesOf,
  grantsOf,
  measuresOf,
  parseDataset,
  partnershipNetwork,
  partnersOf,
  reciprocalChain,
} from '../../src/index.js';
import { seedsJson } from '../seeds.js';

const dataset = parseDataset(seedsJson());
const ids = (list: readonly { readonly id: string }[]) => list.map((entity) => entity.id);

describe('queries on the seed dataset', () => {
  it('partnersOf lists partner municipalities, optionally those active on a day or of some kinds', () => {
    expect(ids(partnersOf(dataset, 'chicago'))).toEqual([
      'hamburg',
      'birmingham',
      'casablanca',
      'durban',
      'osaka',
      'paris',
      'shanghai',
    ]);
    expect(ids(partnersOf(dataset, 'wiesbaden'))).toEqual(['wien']);
    expect(ids(partnersOf(dataset, 'wiesbaden', { on: '2024-01-31' }))).toEqual([]);
    expect(ids(partnersOf(dataset, 'wiesbaden', { on: '2024-02-01' }))).toEqual(['wien']);
    expect(ids(partnersOf(dataset, 'wiesbaden', { kinds: ['town-twinning'] }))).toEqual([]);
    expect(partnersOf(dataset, 'atlantis')).toEqual([]);
  });

  it('partnershipNetwork walks partnerships breadth-first, each municipality once', () => {
    const network = partnershipNetwork(dataset, 'hamburg', { depth: 3 });
    expect(network.map((member) => [member.municipality.id, member.depth, member.via])).toEqual([
      ['chicago', 1, 'hamburg-chicago'],
      ['birmingham', 2, 'chicago-birmingham'],
      ['casablanca', 2, 'chicago-casablanca'],
      ['durban', 2, 'chicago-durban'],
      ['osaka', 2, 'chicago-osaka'],
      ['paris', 2, 'chicago-paris'],
      ['shanghai', 2, 'chicago-shanghai'],
    ]);
    expect(partnershipNetwork(dataset, 'hamburg', { depth: Number.MAX_SAFE_INTEGER })).toHaveLength(network.length);
    expect(partnershipNetwork(dataset, 'hamburg', { depth: 2, kinds: ['friendship'] })).toEqual([]);
  });

  it('exchangesOf lists exchanges as host or guest, earliest first', () => {
    expect(ids(exchangesOf(dataset, 'wiesbaden'))).toEqual(['wien-2024-02', 'wiesbaden-2024-04']);
    expect(ids(exchangesOf(dataset, 'wiesbaden', { role: 'guest' }))).toEqual(['wien-2024-02']);
    expect(ids(exchangesOf(dataset, 'chicago', { role: 'host' }))).toEqual(['chicago-2017']);
    expect(ids(exchangesOf(dataset, 'osaka'))).toEqual(['chicago-2017']);
  });

  it('reciprocalChain follows visits and return visits from either end', () => {
    expect(ids(reciprocalChain(dataset, 'wien-2024-02'))).toEqual(['wien-2024-02', 'wiesbaden-2024-04']);
    expect(ids(reciprocalChain(dataset, 'wiesbaden-2024-04'))).toEqual(['wien-2024-02', 'wiesbaden-2024-04']);
    expect(ids(reciprocalChain(dataset, 'chicago-2017'))).toEqual(['chicago-2017']);
    expect(reciprocalChain(dataset, 'nope')).toEqual([]);
  });

  it('reciprocalChain follows longer chains and the earliest of two return visits', () => {
    const data = seedsJson();
    const base = { kind: 'professional-exchange', title: 'Besuch', guestIds: [] as string[] };
    data['exchanges'].push(
      {
        ...base,
        id: 'third',
        hostId: 'wien',
        guestIds: ['wiesbaden'],
        startDate: '2025-03-03',
        endDate: '2025-03-05',
        reciprocates: 'wiesbaden-2024-04',
      },
      {
        ...base,
        id: 'third-b',
        hostId: 'wien',
        guestIds: ['wiesbaden'],
        startDate: '2025-06-02',
        endDate: '2025-06-04',
        reciprocates: 'wiesbaden-2024-04',
      },
    );
    expect(ids(reciprocalChain(parseDataset(data), 'wiesbaden-2024-04'))).toEqual([
      'wien-2024-02',
      'wiesbaden-2024-04',
      'third',
    ]);
  });

  it('grantsOf lists grants, optionally those running in a year', () => {
    expect(ids(grantsOf(dataset, 'wetteraukreis'))).toEqual([
      'wir-wetteraukreis-2014',
      'wir-wetteraukreis-2015',
      'wir-wetteraukreis-2016',
      'wir-wetteraukreis-2017',
    ]);
    expect(ids(grantsOf(dataset, 'wetteraukreis', { year: 2014 }))).toEqual(['wir-wetteraukreis-2014']);
    expect(grantsOf(dataset, 'wetteraukreis', { year: 2018 })).toEqual([]);
  });

  it('measuresOf lists measures run by or partnered with an organisation or municipality', () => {
    expect(ids(measuresOf(dataset, 'freiwilligenzentrum-mittelhessen'))).toEqual(['wetzlar-integrationslotsen']);
    expect(ids(measuresOf(dataset, 'lahn-dill-kreis'))).toEqual(['wetzlar-oeffentlichkeitsarbeit']);
    expect(ids(measuresOf(dataset, 'wetteraukreis-wir-koordination'))).toEqual([
      'wetteraukreis-leitbild-diversitaet',
      'wetteraukreis-fortbildung-azubis',
      'wetteraukreis-diversity-tag-2017',
    ]);
  });

  it('returns new arrays, so callers cannot change the index', () => {
    const first = exchangesOf(dataset, 'wiesbaden');
    first.pop();
    expect(exchangesOf(dataset, 'wiesbaden')).toHaveLength(2);
    const grants = grantsOf(dataset, 'wetteraukreis');
    grants.length = 0;
    expect(grantsOf(dataset, 'wetteraukreis')).toHaveLength(4);
  });
});
