import { describe, expect, it } from 'vitest';
import { EventStatusSchema } from '../../src/index.js';

describe('EventStatusSchema', () => {
  it('lists the four states of an event in the order they follow each other', () => {
    expect(EventStatusSchema.options).toEqual(['planned', 'confirmed', 'held', 'cancelled']);
  });

  it.each(['postponed', 'Held', 'geplant', '', null, 1])('refuses %o', (value) => {
    expect(EventStatusSchema.safeParse(value).success).toBe(false);
  });
});
