// Runs before each test file: every fc.assert starts from the run's seed unless it names its own.
// fast-check still reports the seed and path of a failure in its message.
import fc from 'fast-check';
import { inject } from 'vitest';

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: inject('fcSeed') });
