// A valid dataset of about `size` entities across every collection, with references between them,
// for benchmarks: 20% municipalities, 15% organisations, 15% persons, 10% venues, 10% partnerships,
// 10% exchanges (two programme items each, every other one a return visit), 1% programmes,
// 9% grants, 10% measures.
export function generateDataset(size: number): Record<string, unknown> {
  const count = (share: number) => Math.max(2, Math.round(size * share));
  const municipalities = Array.from({ length: count(0.2) }, (_, index) => ({
    id: `m${index}`,
    name: `Gemeinde ${index}`,
    kind: index % 3 === 0 ? 'city' : 'municipality',
    country: 'DE',
    state: 'DE-HE',
    ags: `064${String(11 + (index % 89)).padStart(2, '0')}${String(index % 1000).padStart(3, '0')}`,
  }));
  const m = (index: number) => `m${index % municipalities.length}`;
  const organisations = Array.from({ length: count(0.15) }, (_, index) => ({
    id: `o${index}`,
    name: `Amt ${index}`,
    kind: 'authority',
    municipalityId: m(index),
    ...(index % 4 === 0 || index < 4 ? {} : { parentId: `o${index - (index % 4)}` }),
  }));
  const o = (index: number) => `o${index % organisations.length}`;
  const persons = Array.from({ length: count(0.15) }, (_, index) => ({
    id: `p${index}`,
    givenName: 'Vorname',
    familyName: `Name ${index}`,
    roles: [{ role: 'Referentin', organisationId: o(index), startDate: '2015-01-01' }],
  }));
  const p = (index: number) => `p${index % persons.length}`;
  const venues = Array.from({ length: count(0.1) }, (_, index) => ({
    id: `v${index}`,
    municipalityId: m(index),
    streetAddress: `Hauptstraße ${index}`,
    postalCode: String(65000 + (index % 999)),
    locality: `Gemeinde ${index}`,
    room: `${index % 9}.${index % 100}`,
  }));
  const partnerships = Array.from({ length: count(0.1) }, (_, index) => ({
    id: `pa${index}`,
    kind: 'town-twinning',
    municipalityIds: [m(index), m(index + 1 + Math.floor(index / municipalities.length))],
    since: String(1960 + (index % 60)),
  }));
  const exchanges = Array.from({ length: count(0.1) }, (_, index) => {
    // Pairs of municipalities visit each other: A hosts B in March, B returns the visit in June.
    const pair = Math.floor(index / 2);
    const returnVisit = index % 2 === 1;
    const [host, guest] = returnVisit ? [m(2 * pair + 1), m(2 * pair)] : [m(2 * pair), m(2 * pair + 1)];
    const day = 1 + (pair % 27);
    const date = (d: number) => `2024-${returnVisit ? '06' : '03'}-${String(d).padStart(2, '0')}`;
    return {
      id: `e${index}`,
      kind: 'professional-exchange',
      title: `Austausch ${index}`,
      hostId: host,
      guestIds: [guest],
      startDate: date(day),
      endDate: date(day + 1),
      ...(returnVisit ? { reciprocates: `e${index - 1}` } : {}),
      programme: [
        {
          id: 'a',
          title: 'Begrüßung',
          start: `${date(day)}T09:00`,
          end: `${date(day)}T10:00`,
          venueId: `v${index % venues.length}`,
          personIds: [p(index)],
        },
        { id: 'b', title: 'Fachgespräch', start: `${date(day + 1)}T14:00`, personIds: [p(index + 1)] },
      ],
    };
  });
  const fundingProgrammes = Array.from({ length: count(0.01) }, (_, index) => ({
    id: `f${index}`,
    name: `Programm ${index}`,
    funderId: o(index),
    level: 'state',
    startDate: '2010-01-01',
    endDate: '2030-12-31',
  }));
  const grants = Array.from({ length: count(0.09) }, (_, index) => ({
    id: `g${index}`,
    programmeId: `f${index % fundingProgrammes.length}`,
    recipientId: index % 2 === 0 ? m(index) : o(index),
    startDate: `${2014 + (index % 10)}-01-01`,
    endDate: `${2014 + (index % 10)}-12-31`,
  }));
  const measures = Array.from({ length: count(0.1) }, (_, index) => ({
    id: `me${index}`,
    kind: 'training',
    title: `Fortbildung ${index}`,
    organisationId: o(index),
    partnerIds: [o(index + 1), m(index)],
    since: '2015',
    recurrence: 'yearly',
    durationDays: 2,
    grantId: `g${index % grants.length}`,
    sessions: [{ id: 's', title: 'Tag 1', start: '2024-05-06T09:00', end: '2024-05-06T16:00', personIds: [p(index)] }],
  }));
  return {
    municipalities,
    organisations,
    persons,
    venues,
    partnerships,
    exchanges,
    fundingProgrammes,
    grants,
    measures,
  };
}
