// The hot path of formatting: a zone name is canonicalised once per call (when the options are
// read), and an input is read once, also where the zone is shown. The readers are wrapped in
// spies that count their calls; results stay those of the real functions.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDate, formatDateTime, formatTime, formatTimeRange, formatTimeZone } from '../../src/index.js';
import { dateMillis } from '../../src/time/calendar.js';
import { assertTimeZone, canonicalTimeZone } from '../../src/time/canonicalTimeZone.js';

vi.mock('../../src/time/calendar.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/time/calendar.js')>();
  return { ...original, dateMillis: vi.fn(original.dateMillis) };
});

vi.mock('../../src/time/canonicalTimeZone.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/time/canonicalTimeZone.js')>();
  return {
    ...original,
    assertTimeZone: vi.fn(original.assertTimeZone),
    canonicalTimeZone: vi.fn(original.canonicalTimeZone),
  };
});

const reads = vi.mocked(dateMillis);
const canonicalisations = () =>
  vi.mocked(assertTimeZone).mock.calls.length + vi.mocked(canonicalTimeZone).mock.calls.length;

const instant = new Date('2024-07-01T10:00:00Z');

beforeEach(() => {
  // Warm every cache first: the count is of the steady state, not of a zone's first use.
  formatTime(instant, { timeZone: 'America/Chicago', showTimeZone: true });
  formatDate(instant, { timeZone: 'Europe/Vienna' });
  formatDate(instant);
  vi.clearAllMocks();
});

afterEach(() => {
  vi.clearAllMocks();
});

describe('formatting', () => {
  it('canonicalises the zone of formatDate once', () => {
    expect(formatDate(instant, { timeZone: 'Europe/Vienna' })).toBe('1. Juli 2024');
    expect(canonicalisations()).toBe(1);
    vi.clearAllMocks();
    expect(formatDate('2024-07-01T10:00:00Z', { timeZone: 'Europe/Vienna', style: 'numeric' })).toBe('01.07.2024');
    expect(canonicalisations()).toBe(1);
  });

  it('needs no canonicalisation for the default zone', () => {
    expect(formatDate(instant)).toBe('1. Juli 2024');
    expect(canonicalisations()).toBe(0);
  });

  it('reads the input of formatTime once and canonicalises its zone once, also with the zone shown', () => {
    expect(formatTime(instant, { timeZone: 'America/Chicago', showTimeZone: true })).toBe('5 Uhr Ortszeit Chicago');
    expect(reads).toHaveBeenCalledTimes(1);
    expect(canonicalisations()).toBe(1);
    vi.clearAllMocks();
    expect(formatTime(instant, { timeZone: 'America/Chicago' })).toBe('5 Uhr');
    expect(reads).toHaveBeenCalledTimes(1);
    expect(canonicalisations()).toBe(1);
  });

  it('canonicalises the zone of formatTimeZone, formatDateTime and formatTimeRange once', () => {
    formatTimeZone(instant, { timeZone: 'America/Chicago' });
    expect(canonicalisations()).toBe(1);
    vi.clearAllMocks();
    expect(formatDateTime(instant, { timeZone: 'America/Chicago', showTimeZone: true })).toBe(
      'Montag, 1. Juli 2024, 5 Uhr Ortszeit Chicago',
    );
    expect(canonicalisations()).toBe(1);
    expect(reads).toHaveBeenCalledTimes(1);
    vi.clearAllMocks();
    formatTimeRange(instant, new Date('2024-07-01T11:00:00Z'), { timeZone: 'America/Chicago', showTimeZone: true });
    expect(canonicalisations()).toBe(1);
  });
});
