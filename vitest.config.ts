import { availableParallelism } from 'node:os'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'bench/**/*.test.ts', 'build-support/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
    // Vitest's default is one worker fewer than the cores: a single worker on a 2-core machine, where the main
    // process of `vitest run` leaves the second core idle. At least two keep both busy.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Component tests render Fluent screens against the mock agents: generous on a busy 2-core machine.
    testTimeout: 20_000,
  },
})
