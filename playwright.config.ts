import { defineConfig, devices } from '@playwright/test';

// Several checkouts on one machine each run their own server: ATLAS_E2E_PORT keeps them apart
// (a server already listening on the port is reused, so it must be this checkout's).
const PORT = Number(process.env['ATLAS_E2E_PORT'] ?? 4173);
export const E2E_ALLOWED_ORIGINS = 'http://127.0.0.1:*';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.ts',
  outputDir: 'test-results/artifacts',
  fullyParallel: false,
  workers: 1,
  retries: process.env['CI'] ? 1 : 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: { executablePath: '/usr/bin/chromium' },
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: { executablePath: '/usr/bin/chromium' } },
    },
  ],
  webServer: {
    // The tests' other sites are local servers on 127.0.0.1 with random ports: this build
    // allows them (the real mechanism, see README "Embedding"); localhost stays foreign, which
    // is how tests/e2e/origins.e2e.ts sees a refusal. A server you start yourself for
    // reuseExistingServer must be built the same way.
    env: { ATLAS_ALLOWED_ORIGINS: E2E_ALLOWED_ORIGINS },
    command: `npm run build && npm run build:single && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 180_000,
  },
});
