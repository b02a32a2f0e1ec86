import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { gqlDocuments } from './build/gql-documents';
import { reportSizes } from './build/report-sizes';

const api = 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [gqlDocuments(), react(), reportSizes()],
  // The manifest maps each route to its chunks: the size report and `pnpm bench bundle` read it.
  build: { outDir: 'dist', sourcemap: false, manifest: true },
  server: {
    proxy: {
      '/graphql': { target: api, ws: true, changeOrigin: false },
      '/files': { target: api },
      '/documents': { target: api },
      '/healthz': { target: api },
    },
  },
});
