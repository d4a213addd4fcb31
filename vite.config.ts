import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { preloadConsoleStart } from './build-support/preload-console-start'

export default defineConfig({
  plugins: [react(), preloadConsoleStart()],
  server: { port: 5173 },
  preview: { port: 4173 },
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
})
