// Text in calendars: whatever a title, room, person id, item id or calendar name holds, every line
// stays within 75 octets, holds no control character but HTAB, splits no character, and ical.js
// reads back exactly the text as RFC 5545 lets it be written.
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { type ScheduleItem, toICalendar } from '../../src/index.js';
import { PROPERTY_TIMEOUT } from '../property.js';

const now = new Date('2024-03-01T12:00:00Z');
const encoder = new TextEncoder();

/**
 * The text as RFC 5545 can carry it, written here unit by unit rather than with the library's
 * regular expressions: CRLF and CR become LF, other control characters but HTAB go, and half a
 * surrogate pair becomes U+FFFD.
 */
function cleaned(value: string): string {
  let out = '';
  for (let position = 0; position < value.length; position += 1) {
    const unit = value.charCodeAt(position);
    const next = value.charCodeAt(position + 1);
    if (unit === 0x0d) {
      out += '\n';
      if (next === 0x0a) position += 1;
    } else if (unit === 0x0a || unit === 0x09) {
      out += value[position];
    } else if (unit < 0x20 || unit === 0x7f) {
      // dropped
    } else if (unit >= 0xd800 && unit <= 0xdbff) {
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += value.slice(position, position + 2);
        position += 1;
      } else {
        out += '\uFFFD';
      }
    } else if (unit >= 0xdc00 && unit <= 0xdfff) {
      out += '\uFFFD';
    } else {
      out += value[position];
    }
  }
  return out;
}

function readBack(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return { uid: event.uid, summary: event.summary, location: event.location, description: event.description };
  });
}

/** The physical lines, without the CRLF that ends each. */
function linesOf(ics: string): string[] {
  expect(ics.endsWith('\r\n')).toBe(true);
  return ics.slice(0, -2).split('\r\n');
}

function expectCleanLines(ics: string): void {
  for (const line of linesOf(ics)) {
    expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    // No control character but HTAB: no CR or LF inside a line, no NUL, ESC, DEL …
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters a line must not hold.
    expect(line).not.toMatch(/[\u0000-\u0008\u000A-\u001F\u007F]/);
    // A fold never falls between the halves of a surrogate pair (and none is alone).
    expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  }
}

describe('toICalendar text', () => {
  it('writes CR, CRLF and LF as \\n and drops NUL, VT, FF, ESC and DEL', () => {
    const title = 'Begrüßung\rim Rathaus\r\nmit\nImbiss\u0000\u000B\u000C\u001B\u007F!\tEnde';
    const ics = toICalendar([{ id: 'a', title, start: '2024-04-15T09:00Z', end: '2024-04-15T10:00Z' }], { now });
    expect(linesOf(ics)).toContain('SUMMARY:Begrüßung\\nim Rathaus\\nmit\\nImbiss!\tEnde');
    expect(readBack(ics)[0]?.summary).toBe('Begrüßung\nim Rathaus\nmit\nImbiss!\tEnde');
  });

  it('replaces lone surrogates with U+FFFD and keeps pairs whole', () => {
    const title = `a\uD800b\uDC00c😀d${'😀'.repeat(40)}`;
    const ics = toICalendar([{ id: 'a', title, start: '2024-04-15T09:00Z', end: '2024-04-15T10:00Z' }], { now });
    expectCleanLines(ics);
    expect(readBack(ics)[0]?.summary).toBe(`a\uFFFDb\uFFFDc😀d${'😀'.repeat(40)}`);
  });

  it('cleans the calendar name, the ids in UID and DESCRIPTION, and the room', () => {
    const ics = toICalendar(
      [
        {
          id: 'a\r\nb\u0000',
          title: 'T',
          room: 'Saal\u001B 1',
          personIds: ['x\ry'],
          start: '2024-04-15T09:00Z',
          end: '2024-04-15T10:00Z',
        },
      ],
      { now, name: 'Kalender\u0007\r\nzwei', uidDomain: 'example.org' },
    );
    expectCleanLines(ics);
    expect(linesOf(ics)).toContain('X-WR-CALNAME:Kalender\\nzwei');
    expect(readBack(ics)[0]).toEqual({
      uid: 'a\nb@example.org',
      summary: 'T',
      location: 'Saal 1',
      description: 'Mit: x\ny',
    });
  });

  it(
    'keeps every line within 75 octets and free of control characters, and reads back the cleaned text',
    () => {
      const anyText = fc.string({ unit: 'binary', maxLength: 120 });
      // Control characters, line breaks, escapes and surrogate halves, often.
      const hostile = fc
        .array(
          fc.oneof(
            fc.constantFrom('\r', '\n', '\r\n', '\t', '\u0000', '\u000B', '\u001B', '\u007F', '\\', ';', ',', ':'),
            fc.constantFrom('\uD800', '\uDBFF', '\uDC00', '\uDFFF', '😀', 'ß', '€', '\u0085', '\u2028'),
            fc.string({ unit: 'binary', maxLength: 8 }),
          ),
          { maxLength: 60 },
        )
        .map((parts) => parts.join(''));
      const texts = fc.oneof(anyText, hostile);
      fc.assert(
        fc.property(
          fc.array(
            fc.record({
              id: texts.filter((id) => id !== ''),
              title: fc.option(texts, { nil: undefined }),
              room: fc.option(texts, { nil: undefined }),
              personIds: fc.option(fc.array(texts, { maxLength: 3 }), { nil: undefined }),
            }),
            { minLength: 1, maxLength: 4 },
          ),
          fc.option(texts, { nil: undefined }),
          fc.domain(),
          (entries, name, uidDomain) => {
            // Ids must differ; their cleaned forms may not, so each gets a number.
            const items: ScheduleItem[] = entries.map((entry, index) => ({
              ...entry,
              id: `${index}${entry.id}`,
              start: '2024-04-15T09:00Z',
              end: '2024-04-15T10:00Z',
            }));
            const ics = toICalendar(items, { now, name, uidDomain });
            expectCleanLines(ics);
            const events = readBack(ics);
            expect(events).toHaveLength(items.length);
            items.forEach((item, index) => {
              const people = item.personIds ?? [];
              expect(events[index]).toEqual({
                uid: cleaned(`${item.id}@${uidDomain}`),
                summary: cleaned(item.title ?? item.id),
                location: item.room === undefined ? null : cleaned(item.room),
                description: people.length === 0 ? null : cleaned(`Mit: ${people.join('; ')}`),
              });
            });
          },
        ),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
