import { describe, expect, it } from 'vitest';
import { keepShape } from '../../../src/schedule/_lib/shapes.js';

describe('keepShape', () => {
  it('builds the object of a name once, on the first call, and never again', () => {
    let built = 0;
    const make = () => {
      built += 1;
      return {};
    };
    expect(built).toBe(0);
    keepShape('test: a shape', make);
    keepShape('test: a shape', make);
    expect(built).toBe(1);
    keepShape('test: another shape', make);
    expect(built).toBe(2);
  });
});
