import path from 'node:path';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const root = path.resolve(__dirname, '..');
const alias = {
  '@pm/domain': path.join(root, 'libs/domain/src/index.ts'),
  // One graphql instance: NestJS (loaded by Node) gets the CommonJS build, so tests must too
  // (Vite would otherwise pick index.mjs and GraphQL refuses types "from another realm").
  graphql: path.join(root, 'node_modules/graphql/index.js'),
};
// SWC keeps decorator metadata, which NestJS and TypeORM read at run time (esbuild drops it).
const plugins = [swc.vite({ jsc: { target: 'es2022', transform: { useDefineForClassFields: false } } })];

export default defineConfig({
  root,
  plugins,
  resolve: { alias },
  test: {
    env: { TZ: 'Europe/Amsterdam' },
    projects: [
      {
        plugins,
        resolve: { alias },
        test: {
          name: 'unit',
          root,
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          env: { TZ: 'Europe/Amsterdam' },
        },
      },
      {
        plugins,
        resolve: { alias },
        test: {
          name: 'integration',
          root,
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          env: { TZ: 'Europe/Amsterdam' },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        plugins,
        resolve: { alias },
        test: {
          name: 'e2e',
          root,
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          env: { TZ: 'Europe/Amsterdam' },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
