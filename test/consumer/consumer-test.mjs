// Meets kommunal as a user does: packs the tarball, installs it in a folder outside the repository,
// and there runs it from ESM and CJS on Node 20, 22 and 24, type-checks TypeScript consumers under
// nodenext (ESM and CJS) and bundler with skipLibCheck off, and bundles a formatDate-only app.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const NODE_VERSIONS = ['22', '24'];
// The oldest zod the peer range allows; the newest comes with the install.
const OLDEST_ZOD = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).peerDependencies.zod.replace('^', '');

const work = mkdtempSync(join(tmpdir(), 'kommunal-consumer-'));
const run = (command, args, cwd = work) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
const step = (title) => console.log(`\n▶ ${title}`);

/** Bundles one fixture app as a browser build would and reports its size and what zod code landed in it. */
async function bundle(file) {
  const outfile = join(work, `bundle-${file}`);
  const result = await build({
    absWorkingDir: work,
    entryPoints: [file],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    metafile: true,
    outfile,
    logLevel: 'warning',
  });
  // esbuild reads zod's files while resolving, so what counts is what lands in the output.
  const [output] = Object.values(result.metafile.outputs);
  const zod = Object.entries(output?.inputs ?? {})
    .filter(([path, input]) => input.bytesInOutput > 0 && path.includes('node_modules/zod/'))
    .map(([path]) => path);
  return { gzipped: gzipSync(readFileSync(outfile)).length, zod, printed: run(process.execPath, [outfile]).trim() };
}

try {
  step('npm pack');
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root));
  const tarball = join(work, packed[0].filename);
  console.log(`${packed[0].filename}: ${packed[0].size} bytes, ${packed[0].entryCount} files`);
  for (const file of packed[0].files) console.log(`  ${file.path}`);

  step('install the tarball in a fresh folder');
  cpSync(join(here, 'fixture'), work, { recursive: true });
  cpSync(join(root, 'examples/data/seeds.json'), join(work, 'seeds.json'));
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', tarball]);

  step('run from ESM and CJS');
  console.log(run(process.execPath, ['esm.mjs']).trim());
  console.log(run(process.execPath, ['cjs.cjs']).trim());
  for (const version of NODE_VERSIONS) {
    for (const file of ['esm.mjs', 'cjs.cjs']) {
      console.log(run('npx', ['-y', `node@${version}`, file]).trim());
    }
  }

  step(`run from ESM and CJS with the oldest zod allowed (${OLDEST_ZOD})`);
  const newestZod = JSON.parse(readFileSync(join(work, 'node_modules/zod/package.json'), 'utf8')).version;
  run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--no-save', `zod@${OLDEST_ZOD}`]);
  console.log(run(process.execPath, ['esm.mjs']).trim());
  console.log(run(process.execPath, ['cjs.cjs']).trim());
  run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--no-save', `zod@${newestZod}`]);

  step('kommunal/dataset.schema.json validates the seed dataset (ajv)');
  const schema = JSON.parse(
    readFileSync(createRequire(join(work, 'x.js')).resolve('kommunal/dataset.schema.json'), 'utf8'),
  );
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  if (!ajv.validate(schema, JSON.parse(readFileSync(join(work, 'seeds.json'), 'utf8')))) {
    throw new Error(`the seed dataset does not validate: ${ajv.errorsText()}`);
  }
  console.log('seeds.json: valid');

  step('type-check TypeScript consumers (skipLibCheck: false)');
  const strict = { strict: true, skipLibCheck: false, noEmit: true, lib: ['ES2022', 'DOM'], types: [] };
  const configs = {
    'nodenext (ESM and CJS)': {
      compilerOptions: { ...strict, module: 'NodeNext', moduleResolution: 'NodeNext' },
      files: ['esm.mts', 'cjs.cts'],
    },
    bundler: {
      compilerOptions: { ...strict, module: 'ESNext', moduleResolution: 'Bundler', exactOptionalPropertyTypes: true },
      files: ['bundler.ts', 'esm.mts'],
    },
  };
  for (const [name, config] of Object.entries(configs)) {
    const file = `tsconfig.${name.split(' ')[0]}.json`;
    writeFileSync(join(work, file), JSON.stringify(config));
    run(process.execPath, [tsc, '-p', file]);
    console.log(`${name}: no type errors`);
  }

  step('bundle apps that import one part each (esbuild, platform neutral)');
  const budgets = [
    { file: 'format-only.mjs', limit: 20 * 1024, prints: '15. April 2024' },
    { file: 'holidays-only.mjs', limit: 5 * 1024, prints: '11' },
  ];
  for (const { file, limit, prints } of budgets) {
    const { gzipped, zod, printed } = await bundle(file);
    console.log(
      `${file}: ${(gzipped / 1024).toFixed(2)} KB min+gzip (limit ${limit / 1024} KB), zod: ${zod.length ? zod.join(', ') : 'none'}`,
    );
    if (zod.length > 0) throw new Error(`${file} bundles zod: ${zod.join(', ')}`);
    if (gzipped > limit) throw new Error(`${file} bundles to ${gzipped} bytes, over ${limit}`);
    if (printed !== prints) throw new Error(`${file} printed ${printed}, expected ${prints}`);
  }

  console.log('\nconsumer test passed');
} finally {
  rmSync(work, { recursive: true, force: true });
}
