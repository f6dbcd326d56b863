// Meets kommunal as a user does: packs the tarball with plain `npm pack` (its `prepack` builds),
// lints it with publint and attw, installs it in a folder outside the repository, and there runs
// it from ESM and CJS on every Node line users run (20, 22, 24, 26), type-checks TypeScript
// consumers under nodenext (ESM and CJS) and bundler with skipLibCheck off, bundles apps that
// import one part each, and installs it once more without zod to run `kommunal/format` and
// `kommunal/holidays` there.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
// Every Node line users run; the one running this script is used as it is, the others come from
// the npm package `node`.
const NODE_VERSIONS = ['20', '22', '24', '26'];
const ownMajor = process.versions.node.split('.')[0];
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// The oldest zod the peer range allows; the newest comes with the install.
const OLDEST_ZOD = manifest.peerDependencies.zod.replace('^', '');

const work = mkdtempSync(join(tmpdir(), 'kommunal-consumer-'));
// A folder of its own, not inside `work`: Node would find `work`'s zod by walking up.
const noZod = mkdtempSync(join(tmpdir(), 'kommunal-consumer-no-zod-'));
const run = (command, args, cwd = work) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const step = (title) => console.log(`\n▶ ${title}`);
const install = (cwd, ...args) => run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', ...args], cwd);

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
  step('npm pack (prepack builds dist/)');
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root));
  const tarball = join(work, packed[0].filename);
  const files = packed[0].files.map((file) => file.path);
  console.log(`${packed[0].filename}: ${packed[0].size} bytes packed, ${packed[0].entryCount} files`);
  const expected = [
    'dist/index.js',
    'dist/index.cjs',
    'dist/index.d.ts',
    'dist/index.d.cts',
    'dist/format/index.js',
    'dist/format/index.cjs',
    'dist/holidays/index.js',
    'dist/holidays/index.cjs',
    'dataset.schema.json',
    'README.md',
    'LICENSE',
    'docs/data-model.md',
    'docs/formatting.md',
    'docs/scheduling.md',
    'docs/decisions.md',
  ];
  // changesets writes CHANGELOG.md on the first release; from then on the tarball must carry it.
  if (existsSync(join(root, 'CHANGELOG.md'))) expected.push('CHANGELOG.md');
  const missing = expected.filter((file) => !files.includes(file));
  if (missing.length > 0) throw new Error(`the tarball lacks ${missing.join(', ')}`);
  console.log(`carries ${expected.join(', ')}`);
  const maps = files.filter((file) => file.endsWith('.map'));
  if (maps.length > 0) throw new Error(`the tarball carries source maps: ${maps.slice(0, 3).join(', ')} …`);
  console.log(`${(packed[0].unpackedSize / 1024).toFixed(0)} KB unpacked, no source maps`);

  step('lint the tarball: publint (package.json against the files) and attw (types per resolution mode)');
  const bin = (name) => join(root, 'node_modules/.bin', name);
  // Each prints its full report only when it fails (the catch below shows a failed command's output).
  run(bin('publint'), ['run', tarball, '--strict'], root);
  console.log('publint: all good');
  run(bin('attw'), [tarball, '--format', 'table'], root);
  console.log('attw: no problems for any entry point under node10, node16 (CJS and ESM) and bundler');

  step('every relative link in the README and the guides resolves inside the package');
  install(work, '--package-lock=false', tarball);
  const installed = join(work, 'node_modules/kommunal');
  for (const page of ['README.md', ...files.filter((file) => /^docs\/[^/]+\.md$/.test(file))]) {
    const text = readFileSync(join(installed, page), 'utf8');
    const links = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]);
    const local = links.filter((link) => !/^[a-z]+:/.test(link) && !link.startsWith('#'));
    const broken = local.filter((link) => !existsSync(join(installed, dirname(page), link.split('#')[0])));
    if (broken.length > 0) throw new Error(`${page} links to files the package lacks: ${broken.join(', ')}`);
    console.log(`${page}: ${local.length} relative links, all inside the package`);
  }

  step('run from ESM and CJS on Node 20, 22, 24 and 26');
  cpSync(join(here, 'fixture'), work, { recursive: true });
  cpSync(join(root, 'examples/data/seeds.json'), join(work, 'seeds.json'));
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  install(work, tarball);
  // Each Node binary is looked up once; npx would otherwise start a second process per file.
  const nodes = NODE_VERSIONS.map((version) =>
    version === ownMajor ? process.execPath : run('npx', ['-y', `node@${version}`, '-p', 'process.execPath']).trim(),
  );
  const apps = ['esm.mjs', 'cjs.cjs', 'subpaths.mjs', 'subpaths.cjs'];
  for (const node of nodes) {
    for (const app of apps) console.log(run(node, [app]).trim());
  }

  step(`run from ESM and CJS with the oldest zod allowed (${OLDEST_ZOD})`);
  const newestZod = JSON.parse(readFileSync(join(work, 'node_modules/zod/package.json'), 'utf8')).version;
  install(work, '--no-save', `zod@${OLDEST_ZOD}`);
  console.log(run(process.execPath, ['esm.mjs']).trim());
  console.log(run(process.execPath, ['cjs.cjs']).trim());
  install(work, '--no-save', `zod@${newestZod}`);

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
      files: ['esm.mts', 'cjs.cts', 'subpaths.mts'],
    },
    bundler: {
      compilerOptions: { ...strict, module: 'ESNext', moduleResolution: 'Bundler', exactOptionalPropertyTypes: true },
      files: ['bundler.ts', 'esm.mts', 'subpaths.mts'],
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
    // The target is 8 KB for an app that imports only isPublicHoliday; it bundles to about
    // 7.4 KB from either path (docs/decisions.md, "Local holidays"), so the limit holds the gain.
    { file: 'holidays-only.mjs', limit: 7.5 * 1024, prints: 'true' },
    { file: 'holidays-subpath-only.mjs', limit: 7.5 * 1024, prints: 'true' },
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

  step('without zod: kommunal/format and kommunal/holidays on Node 20, 22, 24 and 26');
  cpSync(join(here, 'fixture-no-zod'), noZod, { recursive: true });
  writeFileSync(join(noZod, 'package.json'), JSON.stringify({ name: 'consumer-without-zod', private: true }));
  // npm installs peers by default; --legacy-peer-deps installs as a user's pnpm or yarn setup without zod would.
  install(noZod, '--legacy-peer-deps', tarball);
  if (existsSync(join(noZod, 'node_modules/zod'))) throw new Error('zod was installed after all');
  for (const node of nodes) {
    for (const app of ['format.mjs', 'format.cjs', 'holidays.mjs', 'holidays.cjs']) {
      console.log(run(node, [app], noZod).trim());
    }
    for (const app of ['main-needs-zod.mjs', 'main-needs-zod.cjs']) {
      const printed = run(node, [app], noZod).trim();
      if (printed !== 'needs zod') throw new Error(`${app}: ${printed}`);
    }
  }
  console.log("kommunal itself: Cannot find module 'zod', as the README says");
  // Declarations of formatVenue, formatPersonName and formatKind name the data model's types,
  // which zod's declarations define; with skipLibCheck (the default of Vite, Next.js and tsc
  // --init) an app without zod type-checks.
  writeFileSync(
    join(noZod, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { ...strict, skipLibCheck: true, module: 'NodeNext', moduleResolution: 'NodeNext' },
      files: ['typed.ts'],
    }),
  );
  run(process.execPath, [tsc, '-p', 'tsconfig.json'], noZod);
  console.log('nodenext, skipLibCheck: no type errors');

  console.log('\nconsumer test passed');
} catch (error) {
  // execFileSync keeps a failed command's output on the error; show it, not only the exit code.
  if (error?.stdout) console.error(String(error.stdout));
  if (error?.stderr) console.error(String(error.stderr));
  console.error(`\nconsumer test failed: ${error?.message?.split('\n')[0] ?? error}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
  rmSync(noZod, { recursive: true, force: true });
}
