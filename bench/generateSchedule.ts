import type { ScheduleItem } from 'kommunal';

/** A small, seeded generator (mulberry32), so every run measures the same schedule. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const MONDAY = Date.UTC(2025, 0, 6, 7); // 08:00 in Berlin (CET)
const DAY = 86_400_000;

/**
 * `size` items on weekdays between 8 and 18 Uhr, 30 to 120 minutes long, over a calendar that grows
 * with the schedule (one weekday per 2,000 items), so the load per person and room stays the same
 * at every size: 1–3 of 10,000 people per item and, on 70% of items, one of 3 rooms in 2,000 venues
 * across 50 municipalities, about 2.4 resources per item.
 */
// Ids are shared strings, as in a schedule from scheduleOf, where every item names the dataset's
// own person, venue and municipality ids.
const PEOPLE = Array.from({ length: 10_000 }, (_, index) => `p${index}`);
const VENUES = Array.from({ length: 2000 }, (_, index) => `v${index}`);
const ROOMS = ['r0', 'r1', 'r2'];
const PLACES = Array.from({ length: 50 }, (_, index) => `m${index}`);

export function generateSchedule(size: number, seed = 1): ScheduleItem[] {
  const next = random(seed);
  const pick = (count: number) => Math.floor(next() * count);
  const days = Math.max(1, Math.ceil(size / 2000));
  const items: ScheduleItem[] = new Array(size);
  for (let index = 0; index < size; index += 1) {
    const day = pick(days);
    const date = MONDAY + (Math.floor(day / 5) * 7 + (day % 5)) * DAY;
    const start = date + pick(37) * 15 * 60_000;
    const end = start + (30 + pick(7) * 15) * 60_000;
    // One person on half the items, two on 30%, three on 20%: 1.7 people, 2.4 resources per item.
    const people = [PEOPLE[pick(10_000)] as string];
    if (index % 10 >= 5) people.push(PEOPLE[pick(10_000)] as string);
    if (index % 10 >= 8) people.push(PEOPLE[pick(10_000)] as string);
    const venue = next() < 0.7 ? pick(2000) : undefined;
    items[index] = {
      id: `i${index}`,
      start: new Date(start),
      end: new Date(end),
      personIds: [...new Set(people)],
      ...(venue === undefined
        ? {}
        : {
            venueId: VENUES[venue] as string,
            room: ROOMS[pick(3)] as string,
            municipalityId: PLACES[venue % 50] as string,
          }),
    };
  }
  return items;
}
