import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { gqlDocuments } from './build/gql-documents';
import { reportSizes } from './build/report-sizes';

const api = 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [gqlDocuments(), react(), reportSizes()],
  // rxjs (Apollo's observables) ships ES5 with tslib helpers by default; its ES2015 build is smaller.
  resolve: { conditions: [...defaultClientConditions, 'es2015'] },
  // The manifest maps each route to its chunks: the size report and `pnpm bench bundle` read it.
  build: {
    outDir: 'dist',
    sourcemap: false,
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // The shell (everything the entry imports statically) in one file rather than a handful:
            // every page needs all of it, and one file compresses better (budget B6).
            { name: 'shell', tags: ['$initial'] },
            // The small shared helpers the pages import (badges, fields, files…) in one chunk, not one each.
            { name: 'shared', test: /[\\/]src[\\/]shared[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/graphql': { target: api, ws: true, changeOrigin: false },
      '/files': { target: api },
      '/documents': { target: api },
      '/healthz': { target: api },
    },
  },
});
