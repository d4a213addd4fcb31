import { describe, expect, it } from 'vitest'
import { type Manifest, splitBundle, staticClosure } from './bundle-size'

const manifest: Manifest = {
  'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_react.js'], dynamicImports: ['x'] },
  '_react.js': { file: 'assets/react.js' },
  '_shared.js': { file: 'assets/shared.js', imports: ['_react.js'] },
  'src/app/start-console.tsx': {
    file: 'assets/start-console.js',
    isDynamicEntry: true,
    imports: ['_react.js'],
  },
  'src/features/protection/protection-screen.tsx': {
    file: 'assets/protection-screen.js',
    isDynamicEntry: true,
    imports: ['_shared.js'],
  },
  'src/features/monitoring/monitoring-screen.tsx': {
    file: 'assets/monitoring-screen.js',
    isDynamicEntry: true,
    imports: ['_shared.js'],
  },
  'src/features/recovery/recovery-screen.tsx': {
    file: 'assets/recovery-screen.js',
    isDynamicEntry: true,
    imports: ['_recovery.js'],
  },
  '_recovery.js': { file: 'assets/recovery.js' },
  'src/mock-agents/start-in-browser.ts': {
    file: 'assets/start.js',
    isDynamicEntry: true,
    imports: ['_react.js'],
  },
  'src/mock-agents/handlers.ts': { file: 'assets/handlers.js', isDynamicEntry: true, imports: ['_zod.js'] },
  'node_modules/msw/lib/browser/index.mjs': { file: 'assets/browser.js', isDynamicEntry: true },
  '_zod.js': { file: 'assets/zod.js' },
}

describe('staticClosure', () => {
  it('follows static imports only', () => {
    expect([...staticClosure(manifest, ['index.html'])].sort()).toEqual(['_react.js', 'index.html'])
  })

  it('says which chunk is missing', () => {
    expect(() => staticClosure(manifest, ['nope'])).toThrow('no chunk "nope"')
  })
})

describe('splitBundle', () => {
  it('counts what the entry loads before rendering, other screens in neither part, and the mock agents without what the first render has', () => {
    const { firstRender, mockAgents } = splitBundle(manifest)
    expect([...firstRender].sort()).toEqual([
      '_react.js',
      '_shared.js',
      'index.html',
      'src/app/start-console.tsx',
      'src/features/monitoring/monitoring-screen.tsx',
      'src/features/protection/protection-screen.tsx',
    ])
    expect([...mockAgents].sort()).toEqual([
      '_zod.js',
      'node_modules/msw/lib/browser/index.mjs',
      'src/mock-agents/handlers.ts',
      'src/mock-agents/start-in-browser.ts',
    ])
  })
})

describe('splitBundle with the console start grouped into one chunk', () => {
  it('counts the chunk that holds the start and the landing workspaces, found by its name', () => {
    const grouped: Manifest = {
      'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_console-entry.js'] },
      '_console-entry.js': { file: 'assets/console-entry.js', name: 'console-entry' },
      '_console-start.js': {
        file: 'assets/console-start.js',
        name: 'console-start',
        imports: ['_console-entry.js'],
      },
      'src/features/recovery/recovery-screen.tsx': {
        file: 'assets/recovery-screen.js',
        isDynamicEntry: true,
      },
    }
    expect([...splitBundle(grouped).firstRender].sort()).toEqual([
      '_console-entry.js',
      '_console-start.js',
      'index.html',
    ])
  })
})
