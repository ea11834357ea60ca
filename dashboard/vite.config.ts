import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@pm/domain': path.resolve(import.meta.dirname, '../libs/domain/src/index.ts') } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  // `npm run dev -w dashboard` proxies the API started with `npm run dev`.
  server: { proxy: { '/graphql': 'http://127.0.0.1:3000' } },
});
