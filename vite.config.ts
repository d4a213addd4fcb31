import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { consoleStartChunk } from './build-support/console-start-chunk.ts'
import { contentSecurityPolicy } from './build-support/content-security-policy.ts'
import { fluentTheme } from './build-support/fluent-theme.ts'

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), fluentTheme(), consoleStartChunk()],
  server: { port: 5173 },
  preview: { port: 4173 },
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
})
