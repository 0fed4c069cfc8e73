import { defineConfig } from 'vitest/config'

/**
 * `npm run test:e2e`: browser tests of the admin, driving Debian's Chromium
 * (/usr/bin/chromium) with playwright-core against the production server
 * (run `npm run build` first). Screenshots of each step go to test-results/.
 */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    setupFiles: ['./test/setup/isolatedEnvironment.ts'],
    pool: 'forks',
    execArgv: ['--conditions=production'],
    // One browser and one server at a time on two cores.
    maxWorkers: 1,
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
})
