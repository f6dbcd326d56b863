// Zone names come from outside (options, datasets, JSON): no stream of names may grow the process.
// Every cache keyed by a zone name sees canonical names only and has a size; refused names are kept
// nowhere. The memory check runs in a child process, where gc can be forced.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { formatTime, formatTimeZone, isValidTimeZone } from '../../src/index.js';
import { assertTimeZone, canonicalTimeZone } from '../../src/time/canonicalTimeZone.js';
import { offsetMillis } from '../../src/time/offsets.js';

interface Stage {
  readonly ms: number;
  readonly heapMB: number;
  readonly rssMB: number;
  readonly wrong: number;
}

describe('zone names from outside', () => {
  it('keep heap and RSS within a few MB: 100,000 case variants of a zone and 20,000 refused names', () => {
    const script = fileURLToPath(new URL('./cacheMemory.ts', import.meta.url));
    // A young generation of 1 MB: V8 otherwise grows it to 32 MB under any busy loop, which is not
    // what a cache keeps. The limit is generous for a busy machine; the work takes about 2 s.
    const output = execFileSync(
      process.execPath,
      ['--expose-gc', '--max-semi-space-size=1', '--import', 'tsx', script],
      { encoding: 'utf8', timeout: 240_000 },
    );
    const { variants, invalid } = JSON.parse(output.trim().split('\n').at(-1) ?? '') as Record<string, Stage>;
    console.log(`zone name caches: ${JSON.stringify({ variants, invalid })}`);
    expect(variants?.wrong).toBe(0);
    expect(invalid?.wrong).toBe(0);
    for (const stage of [variants, invalid]) {
      expect(stage?.heapMB).toBeLessThan(4);
      expect(stage?.rssMB).toBeLessThan(10);
    }
  }, 300_000);

  it('are canonicalised: letter case, links and the names of UTC', () => {
    expect(canonicalTimeZone('europe/BERLIN')).toBe('Europe/Berlin');
    expect(canonicalTimeZone('Europe/Berlin')).toBe('Europe/Berlin');
    expect(canonicalTimeZone('etc/gmt+1')).toBe('Etc/GMT+1');
    for (const name of ['UTC', 'utc', 'Etc/UTC', 'GMT', 'Etc/GMT']) {
      // Intl decides: Node 20 names them all UTC; whatever it says is a name it accepts again.
      const canonical = canonicalTimeZone(name);
      expect(canonical?.toLowerCase().replace(/^etc\//, '')).toMatch(/^(utc|gmt)$/);
      expect(canonicalTimeZone(canonical)).toBe(canonical);
    }
    // A link resolves to a name Intl gives for it (Node 20: Europe/Kiev, newer runtimes: Europe/Kyiv).
    expect(['Europe/Kiev', 'Europe/Kyiv']).toContain(canonicalTimeZone('europe/kyiv'));
    expect(['Asia/Calcutta', 'Asia/Kolkata']).toContain(canonicalTimeZone('Asia/Kolkata'));
  });

  it('refuse what is no IANA name, and names longer than 100 characters without asking Intl', () => {
    const spy = vi.spyOn(Intl, 'DateTimeFormat');
    try {
      for (const name of [
        'x'.repeat(101),
        `Europe/${'a'.repeat(200)}`,
        '+01:00',
        ' Europe/Berlin',
        'Europe/Berlin\n',
      ]) {
        expect(canonicalTimeZone(name)).toBeUndefined();
        expect(isValidTimeZone(name)).toBe(false);
      }
      for (const value of [undefined, null, 42, {}, Symbol('zone')]) expect(canonicalTimeZone(value)).toBeUndefined();
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
    expect(canonicalTimeZone(`Europe/${'a'.repeat(93)}`)).toBeUndefined();
    expect(() => assertTimeZone('x'.repeat(10_000), 'de')).toThrow(
      `„${'x'.repeat(57)}…“ ist keine bekannte IANA-Zeitzone (z. B. „Europe/Berlin“).`,
    );
    expect(() => offsetMillis('Mars/Olympus_Mons', 0)).toThrow('„Mars/Olympus_Mons“ ist keine bekannte IANA-Zeitzone');
  });

  it('keep the labels as they were: abbreviations, the city as written, UTC offsets', () => {
    const at = (timeZone: string) => formatTimeZone('2024-07-01T12:00:00Z', { timeZone });
    expect(at('Europe/Berlin')).toBe('MESZ');
    expect(at('EUROPE/berlin')).toBe('MESZ');
    expect(at('America/Chicago')).toBe('Ortszeit Chicago');
    expect(at('america/CHICAGO')).toBe('Ortszeit Chicago');
    expect(at('europe/moscow')).toBe('Ortszeit Moskau');
    // A link keeps its own city, whatever the runtime calls the zone.
    expect(at('Asia/Kolkata')).toBe('Ortszeit Kolkata');
    expect(at('Asia/Calcutta')).toBe('Ortszeit Calcutta');
    expect(at('US/Central')).toBe('Ortszeit Central');
    expect(at('Europe/Kyiv')).toBe('OESZ');
    expect(at('Etc/GMT+1')).toBe('UTC−1');
    expect(at('etc/gmt+1')).toBe('UTC−1');
    expect(at('etc/utc')).toBe('UTC');
    expect(at('UTC')).toBe('UTC');
    expect(formatTime('2024-07-01T12:00:00Z', { timeZone: 'asia/tokyo', showTimeZone: true })).toBe(
      '21 Uhr Ortszeit Tokio',
    );
  });

  it('are looked up once: offsets agree for every spelling of a zone', () => {
    const millis = Date.UTC(2024, 6, 1);
    expect(offsetMillis('europe/berlin', millis)).toBe(7_200_000);
    expect(offsetMillis('Asia/Kolkata', millis)).toBe(offsetMillis('Asia/Calcutta', millis));
    expect(offsetMillis('asia/kolkata', Date.UTC(1900, 0, 1))).toBe(
      offsetMillis('Asia/Calcutta', Date.UTC(1900, 0, 1)),
    );
  });
});
