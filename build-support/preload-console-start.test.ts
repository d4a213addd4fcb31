import type { OutputBundle } from 'rolldown'
import { describe, expect, it } from 'vitest'
import { staticChunkFiles } from './preload-console-start'

const chunk = (fileName: string, imports: string[], facadeModuleId: string | null = null) => ({
  type: 'chunk' as const,
  fileName,
  imports,
  facadeModuleId,
})

const bundle = {
  'assets/index.js': chunk('assets/index.js', ['assets/react.js'], '/app/index.html'),
  'assets/start-console.js': chunk(
    'assets/start-console.js',
    ['assets/fluent.js', 'assets/react.js'],
    '/app/src/app/start-console.tsx',
  ),
  'assets/fluent.js': chunk('assets/fluent.js', ['assets/react.js']),
  'assets/react.js': chunk('assets/react.js', []),
  'assets/lab-panel.js': chunk(
    'assets/lab-panel.js',
    ['assets/fluent.js'],
    '/app/src/features/lab/lab-panel.tsx',
  ),
  'assets/index.css': { type: 'asset', fileName: 'assets/index.css' },
} as unknown as OutputBundle

describe('staticChunkFiles', () => {
  it('lists the chunk of a module and every chunk it imports statically, and nothing lazy', () => {
    expect(staticChunkFiles(bundle, 'src/app/start-console.tsx')).toEqual([
      'assets/fluent.js',
      'assets/react.js',
      'assets/start-console.js',
    ])
  })

  it('lists nothing for a build without the module (the benchmark’s minimal page)', () => {
    expect(staticChunkFiles(bundle, 'src/nowhere.tsx')).toEqual([])
  })
})
