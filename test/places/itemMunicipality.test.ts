// Where an item takes place and the zone of its wall clock: one rule for validation and the index.
import { describe, expect, it } from 'vitest';
import {
  hostMunicipalityId,
  itemMunicipalityId,
  itemTimeZone,
  measureMunicipalityId,
} from '../../src/places/itemMunicipality.js';

describe('where an item takes place', () => {
  it("is its venue's municipality, else its owner's", () => {
    expect(itemMunicipalityId('wiesbaden', 'klagenfurt')).toBe('wiesbaden');
    expect(itemMunicipalityId(undefined, 'klagenfurt')).toBe('klagenfurt');
    expect(itemMunicipalityId(undefined, undefined)).toBeUndefined();
  });

  it("is, for a measure's session without a venue, its organisation's municipality, else the measure's own", () => {
    expect(measureMunicipalityId('wiesbaden', 'mainz')).toBe('wiesbaden');
    expect(measureMunicipalityId(undefined, 'mainz')).toBe('mainz');
    expect(measureMunicipalityId(undefined, undefined)).toBeUndefined();
  });

  it("is, for an exchange's host, the host where it is a municipality, else the organisation's municipality", () => {
    expect(hostMunicipalityId('chemnitz', true, undefined)).toBe('chemnitz');
    expect(hostMunicipalityId('wc-sachsen', false, { municipalityId: 'chemnitz' })).toBe('chemnitz');
    expect(hostMunicipalityId('wc-sachsen', false, {})).toBeUndefined();
    // A municipality and an organisation of one id: the municipality, as validation reads it.
    expect(hostMunicipalityId('x', true, { municipalityId: 'y' })).toBe('x');
    expect(hostMunicipalityId('unknown', false, undefined)).toBe('unknown');
  });

  it("reads its wall clock in its municipality's zone, else in Europe/Berlin", () => {
    expect(itemTimeZone('America/Chicago')).toBe('America/Chicago');
    expect(itemTimeZone(undefined)).toBe('Europe/Berlin');
  });
});
