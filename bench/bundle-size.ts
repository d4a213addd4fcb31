// Bundle weight from the Vite manifest: the chunks of the mock agents, which load lazily, beyond what the first
// render needs (the entry chunk, the chunks the entry loads before it renders, and every chunk those import
// statically), gzip-compressed. (What each address really fetches before its first paint is measured in the
// browser: measure-startup.ts.)
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { CONSOLE_START, CONSOLE_START_CHUNK } from '../build-support/console-start-chunk'
import { reachable } from '../build-support/reachable'

export interface ManifestChunk {
  file: string
  name?: string
  src?: string
  isEntry?: boolean
  isDynamicEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
}
export type Manifest = Record<string, ManifestChunk>

/** Where Vite writes the manifest of a build (build.manifest: true, vite build --manifest). */
export const manifestFile = (outDir: string) => join(outDir, '.vite', 'manifest.json')

export interface BundleSizes {
  /** Bytes, gzip: the chunks only the mock agents need (loaded lazily, before the first render). */
  mockAgentsGzip: number
  mockAgentsFiles: string[]
}

/** The chunk keys reachable from `roots` through static imports. */
export function staticClosure(manifest: Manifest, roots: readonly string[]): Set<string> {
  return reachable(roots, (key) => {
    const chunk = manifest[key]
    if (!chunk) throw new Error(`The manifest has no chunk "${key}".`)
    return chunk.imports ?? []
  })
}

const isMockAgentsModule = (key: string) => key.startsWith('src/mock-agents/')

/**
 * What the entry (src/main.tsx) imports dynamically and waits for before the first render: the console's start
 * and the workspaces it opens on (Monitoring at /, the Protection tab).
 */
export const LOADED_BEFORE_FIRST_RENDER = CONSOLE_START

/** A module's own chunk, or the chunk the build groups the console's start into (build-support). */
function chunkHolding(manifest: Manifest, modulePath: string): string {
  if (manifest[modulePath]) return modulePath
  const grouped = Object.keys(manifest).find((key) => manifest[key]?.name === CONSOLE_START_CHUNK)
  if (!grouped) throw new Error(`The manifest has no chunk holding "${modulePath}".`)
  return grouped
}

/**
 * Splits the manifest: what the first render needs (the entry and LOADED_BEFORE_FIRST_RENDER), and what the
 * mock agents add on top of it (their dynamic
 * entries, such as src/mock-agents/start-in-browser.ts and msw/browser, and every chunk those import that the
 * first render does not already have).
 */
export function splitBundle(manifest: Manifest): { firstRender: Set<string>; mockAgents: Set<string> } {
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry)
  if (entries.length === 0) throw new Error('The manifest has no entry chunk.')
  const firstRender = staticClosure(manifest, [
    ...entries,
    ...LOADED_BEFORE_FIRST_RENDER.map((path) => chunkHolding(manifest, path)),
  ])
  const mockRoots = new Set<string>()
  for (const key of Object.keys(manifest)) {
    const chunk = manifest[key] as ManifestChunk
    if (!chunk.isDynamicEntry) continue
    // msw's own entries are only ever imported by the mock agents.
    if (isMockAgentsModule(key) || key.includes('node_modules/msw/')) mockRoots.add(key)
  }
  const mockAgents = new Set(
    [...staticClosure(manifest, [...mockRoots])].filter((key) => !firstRender.has(key)),
  )
  return { firstRender, mockAgents }
}

export function gzipSize(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length
}

export function measureBundle(outDir: string): BundleSizes {
  const manifest = JSON.parse(readFileSync(manifestFile(outDir), 'utf8')) as Manifest
  const { mockAgents } = splitBundle(manifest)
  const mockAgentsFiles = [...mockAgents].map((key) => (manifest[key] as ManifestChunk).file).sort()
  return {
    mockAgentsGzip: mockAgentsFiles.reduce((sum, file) => sum + gzipSize(join(outDir, file)), 0),
    mockAgentsFiles,
  }
}
