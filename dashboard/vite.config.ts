import { createRequire } from 'node:module';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// react-router's package exports only point at its development build (extra checks and warnings);
// the production build ships beside it, so a production bundle uses that one.
const reactRouterProduction = path.resolve(
  path.dirname(createRequire(import.meta.url).resolve('react-router')),
  '../production/index.mjs',
);

export default defineConfig(({ mode }) => ({
  plugins: [react()],
  resolve: {
    alias: {
      '@pm/domain': path.resolve(import.meta.dirname, '../libs/domain/src/index.ts'),
      ...(mode === 'production' && { 'react-router': reactRouterProduction }),
    },
  },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  // `npm run dev -w dashboard` proxies the API started with `npm run dev`.
  server: { proxy: { '/graphql': 'http://127.0.0.1:3000' } },
}));
