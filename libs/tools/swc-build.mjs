// Compiles a TypeScript folder to CommonJS with SWC (decorator metadata included). Type checking is
// `npm run typecheck`'s job; this only transpiles, so `npm start` stays fast on a fresh clone.
import { transformFile } from '@swc/core';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const [srcDir, outDir] = process.argv.slice(2);
if (!srcDir || !outDir) {
  console.error('usage: node libs/tools/swc-build.mjs <src> <out>');
  process.exit(2);
}

async function* walk(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) yield full;
  }
}

await rm(outDir, { recursive: true, force: true });
let count = 0;
const jobs = [];
for await (const file of walk(srcDir)) {
  const rel = path.relative(srcDir, file).replace(/\.tsx?$/, '.js');
  const target = path.join(outDir, rel);
  jobs.push(
    transformFile(file, {
      sourceMaps: 'inline',
      module: { type: 'commonjs', ignoreDynamic: true },
      jsc: {
        target: 'es2022',
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        keepClassNames: true,
      },
    }).then(async (out) => {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, out.code);
      count++;
    }),
  );
}
await Promise.all(jobs);
console.log(`swc: ${count} files ${srcDir} -> ${outDir}`);
