// Chooses the fast-check seed once per run, in vitest's main process, so that every test file uses
// the same one and a random seed is printed once, not per worker.
import type { TestProject } from 'vitest/node';
import { chooseSeed } from '../property.js';

export function setup(project: TestProject): void {
  const choice = chooseSeed(process.env['FC_SEED']);
  project.provide('fcSeed', choice.seed);
  if (choice.kind !== 'default') {
    console.log(`fast-check seed ${choice.seed} (${choice.kind}); FC_SEED=${choice.seed} repeats this run.`);
  }
}
