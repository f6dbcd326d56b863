// The string formats of the model. Agreement with the shipped JSON Schema is tested in
// jsonSchema.test.ts; here the URL rule is checked against two independent oracles: fast-check's
// RFC 3986 web URLs and the WHATWG URL parser of the runtime.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParseDataset } from '../../src/index.js';
import { UrlSchema } from '../../src/model/formats.js';
import { PROPERTY_TIMEOUT } from '../property.js';

const accepts = (value: string) => UrlSchema.safeParse(value).success;

describe('UrlSchema', () => {
  it.each([
    'https://www.wiesbaden.de',
    'http://wiesbaden.de/rathaus/',
    'HTTPS://WWW.WIESBADEN.DE',
    'https://localhost',
    'https://x.de:8080/a?b=c&d#e',
    'https://müllheim.de',
    'https://xn--mllheim-n2a.de',
    'https://de.wikipedia.org/wiki/Städtepartnerschaft',
    'https://192.168.0.1/intranet',
  ])('accepts %s', (value) => {
    expect(accepts(value)).toBe(true);
  });

  it.each([
    ['A:&', 'not http(s)'],
    ['ftp://x.de', 'not http(s)'],
    ['mailto:info@x.de', 'not http(s)'],
    ['javascript:alert(1)', 'not http(s)'],
    ['www.x.de', 'no scheme'],
    ['https://', 'no host'],
    ['https:x.de', 'no //'],
    ['https:/x.de', 'no //'],
    [' https://x.de', 'a space before'],
    ['https://x.de ', 'a space after'],
    ['https://x\t.de', 'a tab inside, which the URL parser would drop'],
    ['https://x.de/a b', 'a space in the path'],
    ['https://user:geheim@x.de', 'a password'],
    ['https://x.de:65536', 'a port past 65535'],
    ['https://1.2.3.256', 'an octet past 255'],
    ['https://x.123', 'a host ending in a number'],
    ['https://x..de', 'an empty label'],
    ['https://-x.de', 'a label beginning with a hyphen'],
  ])('refuses %s (%s)', (value) => {
    expect(accepts(value)).toBe(false);
  });

  it('keeps its German message', () => {
    const result = safeParseDataset({
      municipalities: [{ id: 'x', name: 'X', kind: 'city', country: 'DE', website: 'A:&' }],
    });
    expect(result.success ? [] : result.error.issues).toEqual([
      {
        path: ['municipalities', 0, 'website'],
        code: 'invalid_format',
        message: '„A:&“ ist keine gültige Adresse (erwartet http:// oder https://).',
      },
    ]);
  });

  it(
    'accepts every http(s) URL fast-check generates after RFC 3986',
    () => {
      fc.assert(
        fc.property(
          fc.webUrl({ validSchemes: ['http', 'https'], withQueryParameters: true, withFragments: true }),
          (url) => {
            expect(accepts(url)).toBe(true);
          },
        ),
        { numRuns: 1000 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'accepts only what the URL parser reads as an http(s) address with the host as written',
    () => {
      const pattern = UrlSchema._zod.def.pattern;
      if (pattern === undefined) throw new Error('UrlSchema is one pattern, which the JSON Schema carries.');
      const candidates = fc.oneof(
        fc.stringMatching(pattern),
        fc.webUrl({ withQueryParameters: true, withFragments: true }),
        fc
          .tuple(fc.constantFrom('https://', 'http://', 'HTTP://', 'https:', ''), fc.string({ unit: 'binary' }))
          .map(([scheme, rest]) => scheme + rest),
      );
      fc.assert(
        fc.property(candidates, (value) => {
          fc.pre(accepts(value));
          // A label in punycode may still be invalid punycode, which no pattern can tell.
          fc.pre(!/xn--/i.test(value));
          const url = URL.parse(value);
          expect(url?.protocol).toMatch(/^https?:$/);
          expect(url?.username).toBe('');
          const host = /^https?:\/\/([^:/?#]*)/i.exec(value)?.[1] ?? '';
          expect(url?.hostname).toBe(new URL(`http://${host}`).hostname);
        }),
        { numRuns: 2000 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
