import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The AppHost starts `npm run dev` with PORT (the allocated port) and API_URL (the Api's base URL).
const port = Number(process.env.PORT ?? 5173);
const apiUrl = process.env.API_URL ?? 'http://localhost:5000';

// Keeping the browser's Host header (changeOrigin: false) makes the Api see the web origin, so the
// session cookie it sets is first-party there. Vite's dev proxy streams responses without buffering,
// which Server-Sent Events need.
const apiProxy = { '/api': { target: apiUrl, changeOrigin: false } };

export default defineConfig({
  plugins: [react()],
  server: { host: '127.0.0.1', port, strictPort: true, proxy: apiProxy },
  preview: { host: '127.0.0.1', port, strictPort: true, proxy: apiProxy },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    restoreMocks: true,
    testTimeout: 20_000,
  },
});
