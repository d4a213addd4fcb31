import type { OutputBundle } from 'rolldown'
import { describe, expect, it } from 'vitest'
import { consoleStartChunks, staticChunkFiles, staticImports } from './console-start-chunk'

// A console in miniature: the entry, its start, the two workspaces it opens on (Monitoring at /, Protection), a
// lazily loaded dialog and their libraries.
const imports: Record<string, string[]> = {
  '/app/src/main.tsx': ['/app/src/app/global.css', '/app/src/app/navigation.ts'],
  '/app/src/app/navigation.ts': ['/app/node_modules/react/index.js'],
  '/app/src/app/start-console.tsx': [
    '/app/src/app/navigation.ts',
    '/app/src/app/console-shell.tsx',
    '/app/node_modules/@fluentui/react-components/lib/index.js',
  ],
  '/app/src/app/console-shell.tsx': ['/app/node_modules/react/index.js'],
  '/app/src/features/protection/protection-screen.tsx': ['/app/src/features/ui/grid.tsx'],
  '/app/src/features/monitoring/monitoring-screen.tsx': ['/app/src/features/ui/grid.tsx'],
  '/app/src/features/ui/grid.tsx': [],
  '/app/src/features/wizard/wizard-dialog.tsx': ['/app/src/features/ui/grid.tsx'],
  '/app/node_modules/@fluentui/react-components/lib/index.js': [
    '/app/node_modules/@fluentui/react-dialog/lib/index.js',
  ],
}
const graph = { getModuleInfo: (id: string) => ({ importedIds: imports[id] ?? [] }) as never }
const ids = [...Object.keys(imports), '/app/src/app/global.css', '/app/node_modules/react/index.js']

describe('staticImports', () => {
  it('follows static imports from the roots, only into the modules it is told to follow', () => {
    expect([...staticImports(graph, ['/app/src/main.tsx'])].sort()).toEqual([
      '/app/node_modules/react/index.js',
      '/app/src/app/global.css',
      '/app/src/app/navigation.ts',
      '/app/src/main.tsx',
    ])
    expect([...staticImports(graph, ['/app/src/main.tsx'], (id) => !id.endsWith('.ts'))].sort()).toEqual([
      '/app/src/app/global.css',
      '/app/src/main.tsx',
    ])
  })
})

describe('consoleStartChunks', () => {
  const chunkOf = consoleStartChunks(graph, ids)

  it("groups the entry's own imports, CSS apart, so that the entry runs before the start has arrived", () => {
    expect(chunkOf('/app/src/app/navigation.ts')).toBe('console-entry')
    expect(chunkOf('/app/node_modules/react/index.js')).toBe('console-entry')
    expect(chunkOf('/app/src/app/global.css')).toBeNull()
    expect(chunkOf('/app/src/main.tsx')).toBeNull()
  })

  it("groups the start's and the landing workspaces' own modules, and leaves libraries to what they use", () => {
    for (const id of [
      '/app/src/app/start-console.tsx',
      '/app/src/app/console-shell.tsx',
      '/app/src/features/protection/protection-screen.tsx',
      '/app/src/features/monitoring/monitoring-screen.tsx',
      '/app/src/features/ui/grid.tsx',
    ]) {
      expect(chunkOf(id)).toBe('console-start')
    }
    // Named, the barrel would bring in every component it re-exports, dialogs included.
    expect(chunkOf('/app/node_modules/@fluentui/react-components/lib/index.js')).toBeNull()
    expect(chunkOf('/app/src/features/wizard/wizard-dialog.tsx')).toBeNull()
  })

  it('groups nothing in a build without the console (the benchmark’s floor page)', () => {
    const minimal = consoleStartChunks(graph, [
      '/app/bench/floor/main.tsx',
      '/app/node_modules/react/index.js',
    ])
    expect(minimal('/app/node_modules/react/index.js')).toBeNull()
  })

  it('fails the build when the console no longer has a module the start is built around', () => {
    expect(() =>
      consoleStartChunks(
        graph,
        ids.filter((id) => !id.endsWith('/protection-screen.tsx')),
      ),
    ).toThrow('src/features/protection/protection-screen.tsx')
  })
})

const chunk = (
  fileName: string,
  imports: string[],
  moduleIds: string[],
  facadeModuleId: string | null = null,
  importedCss: string[] = [],
) => ({
  type: 'chunk' as const,
  fileName,
  imports,
  moduleIds,
  facadeModuleId,
  viteMetadata: { importedCss: new Set(importedCss), importedAssets: new Set() },
})

const bundle = {
  'assets/index.js': chunk(
    'assets/index.js',
    ['assets/console-entry.js'],
    ['/app/src/main.tsx'],
    '/app/index.html',
  ),
  'assets/console-start.js': chunk(
    'assets/console-start.js',
    ['assets/fluent.js', 'assets/console-entry.js'],
    ['/app/src/app/console-shell.tsx', '/app/src/app/start-console.tsx'],
    null,
    ['assets/console-start.css'],
  ),
  'assets/fluent.js': chunk('assets/fluent.js', ['assets/console-entry.js'], []),
  'assets/console-entry.js': chunk('assets/console-entry.js', [], ['/app/node_modules/react/index.js']),
  'assets/lab-panel.js': chunk(
    'assets/lab-panel.js',
    ['assets/fluent.js'],
    ['/app/src/features/lab/lab-panel.tsx'],
    '/app/src/features/lab/lab-panel.tsx',
    ['assets/lab-panel.css'],
  ),
  'assets/index.css': { type: 'asset', fileName: 'assets/index.css' },
} as unknown as OutputBundle

describe('staticChunkFiles', () => {
  it('lists the chunk holding a module, every chunk it imports statically and their style sheets, nothing lazy', () => {
    expect(staticChunkFiles(bundle, 'src/app/start-console.tsx')).toEqual({
      scripts: ['assets/console-entry.js', 'assets/console-start.js', 'assets/fluent.js'],
      styles: ['assets/console-start.css'],
    })
    expect(staticChunkFiles(bundle, 'src/features/lab/lab-panel.tsx')).toEqual({
      scripts: ['assets/console-entry.js', 'assets/fluent.js', 'assets/lab-panel.js'],
      styles: ['assets/lab-panel.css'],
    })
  })

  it('lists nothing for a build without the module (the benchmark’s floor page)', () => {
    expect(staticChunkFiles(bundle, 'src/nowhere.tsx')).toEqual({ scripts: [], styles: [] })
  })
})
