import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['./test/setup/isolatedEnvironment.ts'],
    pool: 'forks',
    // Lexical picks its build with a top-level await that can deadlock Node 20
    // when several load at once; naming the condition skips that step.
    execArgv: ['--conditions=production'],
    // Two cores: two files at a time, each with its own database.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
  resolve: {
    alias: { '@payload-config': new URL('./payload.config.ts', import.meta.url).pathname },
  },
})
