import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import type { ProxyOptions } from 'vite';

// The AppHost starts `npm run dev` with PORT (the allocated port) and API_URL (the Api's base URL).
const port = Number(process.env.PORT ?? 5173);
const apiUrl = process.env.API_URL ?? 'http://localhost:5000';

// Node sends a response's headers only together with its first body bytes, and the Api's event
// stream has none until its first event or keepalive (up to 15 s later), so the browser's
// EventSource would not open, and the page would say "Reconnecting…", until then. The proxy copies
// the Api's status and headers right after this event, so they are flushed on the next tick.
const flushEventStreamHeaders: ProxyOptions['configure'] = (proxy) => {
  proxy.on('proxyRes', (proxyRes, _request, response) => {
    if (!proxyRes.headers['content-type']?.startsWith('text/event-stream')) return;
    process.nextTick(() => {
      if (!response.headersSent) response.flushHeaders();
    });
  });
};

// Keeping the browser's Host header (changeOrigin: false) makes the Api see the web origin, so the
// session cookie it sets is first-party there. Vite's dev proxy streams response bodies without
// buffering, which Server-Sent Events need.
const apiProxy = { '/api': { target: apiUrl, changeOrigin: false, configure: flushEventStreamHeaders } };

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
