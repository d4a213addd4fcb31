// Production builds with the project's own Vite config: the console (with a manifest, for the bundle figures)
// and the floor page that startup and Select Group Members are compared with (same config, its own root, served under /floor/).
// CONSOLE_BUILD_DIR names a console build made beforehand (npm test builds once for the end-to-end tests and
// the smoke run): it is measured as it is, and only the floor page is built.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { build } from 'vite'
import { manifestFile } from './bundle-size'

export const PROJECT_ROOT = resolve(import.meta.dirname, '..')
const CONFIG_FILE = resolve(PROJECT_ROOT, 'vite.config.ts')
const OUT_ROOT = resolve(PROJECT_ROOT, '.e2e-dist/bench')

export const FLOOR_BASE = '/floor/'

export interface Builds {
  consoleDir: string
  floorDir: string
}

export async function buildApps(): Promise<Builds> {
  // Vite's module runner, which loads this benchmark, leaves NODE_ENV at development: React would be built
  // in its development mode.
  process.env.NODE_ENV = 'production'
  const prebuilt = process.env.CONSOLE_BUILD_DIR
  const consoleDir = prebuilt ? resolve(PROJECT_ROOT, prebuilt) : resolve(OUT_ROOT, 'console')
  const floorDir = resolve(OUT_ROOT, 'floor')
  if (prebuilt) {
    if (!existsSync(manifestFile(consoleDir)))
      throw new Error(`CONSOLE_BUILD_DIR=${prebuilt} has no manifest: build it with vite build --manifest.`)
  } else {
    await build({
      configFile: CONFIG_FILE,
      mode: 'production',
      root: PROJECT_ROOT,
      logLevel: 'warn',
      build: { outDir: consoleDir, emptyOutDir: true, manifest: true },
    })
  }
  await build({
    configFile: CONFIG_FILE,
    mode: 'production',
    root: resolve(PROJECT_ROOT, 'bench/floor'),
    base: FLOOR_BASE,
    logLevel: 'warn',
    build: { outDir: floorDir, emptyOutDir: true, manifest: true },
  })
  return { consoleDir, floorDir }
}
