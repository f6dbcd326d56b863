// Property tests: a timeout sized for a slow two-core machine that is busy with other work, and a
// fast-check seed that is fixed unless FC_SEED asks for another (see test/setup/).

/**
 * The timeout of every property test. They take 0.2–3 s on an idle two-core machine and up to four
 * times that when it is busy; the margin keeps them from failing for being slow.
 */
export const PROPERTY_TIMEOUT = 60_000;

/** The seed of every `fc.assert` when FC_SEED is not set, so that runs in CI repeat each other. */
export const DEFAULT_SEED = 42;

/** Where the seed of a run came from. */
export type SeedChoice =
  | { readonly kind: 'default'; readonly seed: number }
  | { readonly kind: 'given'; readonly seed: number }
  | { readonly kind: 'random'; readonly seed: number };

/**
 * The seed for a value of FC_SEED: the default when unset or empty, a new random one for `random`,
 * otherwise the integer given (fast-check's seeds are 32-bit integers).
 */
export function chooseSeed(value: string | undefined, random: () => number = Math.random): SeedChoice {
  const text = value?.trim() ?? '';
  if (text === '') return { kind: 'default', seed: DEFAULT_SEED };
  // The same mix fast-check uses when given no seed.
  if (text === 'random') return { kind: 'random', seed: Date.now() ^ (random() * 0x1_0000_0000) };
  const seed = Number(text);
  if (!/^-?\d+$/.test(text) || seed < -0x8000_0000 || seed > 0x7fff_ffff) {
    throw new Error(`FC_SEED=${value} is neither „random“ nor an integer from -2147483648 to 2147483647.`);
  }
  return { kind: 'given', seed };
}

declare module 'vitest' {
  interface ProvidedContext {
    /** The fast-check seed of this run, chosen once by test/setup/seed.ts. */
    fcSeed: number;
  }
}
