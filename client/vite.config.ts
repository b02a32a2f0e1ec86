import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', sourcemap: false },
  server: {
    proxy: {
      '/graphql': { target: api, ws: true, changeOrigin: false },
      '/files': { target: api },
      '/documents': { target: api },
      '/healthz': { target: api },
    },
  },
});
