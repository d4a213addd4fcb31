// Every package the project's code imports by name is declared in package.json, so that an install never
// depends on what another package happens to bring along (a transitive package can move or go away).
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '..')
const CODE = ['src', 'build-support', 'bench', 'e2e', 'scripts']
const CONFIGS = ['vite.config.ts', 'vitest.config.ts', 'playwright.config.ts']
const SOURCE = /\.(?:[cm]?[jt]sx?|css)$/
/** The bare specifier of a static or dynamic import, a re-export, a require or a CSS @import. */
const SPECIFIER =
  /(?:\bfrom\s+|\bimport(?:\s+|\s*\(\s*)|\brequire\(\s*|@import\s+)['"]([^'"./\s][^'"\s]*)['"]/g

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return SOURCE.test(entry.name) ? [path] : []
  })
}

/** '@scope/name/sub' and 'name/sub' name the packages '@scope/name' and 'name'; node: and virtual: are none. */
function packageOf(specifier: string): string | undefined {
  if (/^(?:node|virtual):/.test(specifier)) return undefined
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
}

describe('the packages the code imports', () => {
  it('reads package names from specifiers', () => {
    expect(packageOf('@fluentui/react-icons/lib/x')).toBe('@fluentui/react-icons')
    expect(packageOf('msw/browser')).toBe('msw')
    expect(packageOf('node:fs')).toBeUndefined()
    expect(packageOf('virtual:fluent-theme.css')).toBeUndefined()
  })

  it('finds import specifiers, not words of text', () => {
    const found = (text: string) => [...text.matchAll(SPECIFIER)].map((match) => match[1])
    expect(found(`import x from 'a/b'\nimport 'c'\nawait import('d')`)).toEqual(['a/b', 'c', 'd'])
    expect(found(`click({ name: 'Undo import' }).then(() => 'x')`)).toEqual([])
  })

  it('are all declared in package.json', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>
      devDependencies: Record<string, string>
    }
    const declared = new Set([
      ...Object.keys(manifest.dependencies),
      ...Object.keys(manifest.devDependencies),
    ])
    const files = [
      ...CODE.flatMap((dir) => sourceFiles(join(ROOT, dir))),
      ...CONFIGS.map((f) => join(ROOT, f)),
    ]
    const undeclared = new Set<string>()
    // This file's own examples of specifiers are text, not imports.
    for (const file of files.filter((path) => path !== import.meta.filename))
      for (const [, specifier = ''] of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
        const name = packageOf(specifier)
        if (name && !declared.has(name)) undeclared.add(`${name} (${file.slice(ROOT.length + 1)})`)
      }
    expect([...undeclared]).toEqual([])
  })
})
