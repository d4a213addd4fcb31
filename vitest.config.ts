import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'bench/**/*.test.ts', 'build-support/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
    // Component tests render Fluent screens against the mock agents: generous on a busy 2-core machine.
    testTimeout: 20_000,
  },
})
