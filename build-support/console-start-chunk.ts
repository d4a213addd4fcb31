// The console's start and the workspaces it opens on (Monitoring at /, the Protection tab that tests open) come as
// one chunk, listed in index.html so that the browser fetches it while the page is still being read. A landing
// workspace outside it came after the entry had run, as some 15 chunks that Vite's preload helper listed one
// link at a time (docs/performance.md, eleventh pass). Left to Rolldown's automatic splitting they
// came as some 45 small chunks, and each chunk costs a request and per-script work that a 2-core machine
// feels more than the bytes (docs/performance.md). The group names only the console's own modules: Rolldown
// adds what they use once tree-shaken, so Fluent's barrel package does not drag in what only dialogs use.
import type { ChunkingContext, OutputBundle, OutputChunk } from 'rolldown'
import type { Plugin } from 'vite'
import { reachable } from './reachable.ts'

const ENTRY = 'src/main.tsx'
/** What the entry fetches before the first render (src/main.tsx): the start, and the workspaces it opens on. */
export const CONSOLE_START = [
  'src/app/start-console.tsx',
  'src/features/protection/protection-screen.tsx',
  'src/features/monitoring/monitoring-screen.tsx',
] as const

/** The name of the chunk that holds the console's start (the manifest's `name`). */
export const CONSOLE_START_CHUNK = 'console-start'
/** The name of the chunk that holds the entry's own imports (React among them). */
export const CONSOLE_ENTRY_CHUNK = 'console-entry'

type ModuleGraph = Pick<ChunkingContext, 'getModuleInfo'>

const isOwnModule = (id: string) => id.includes('/src/') && !id.includes('/node_modules/')

/** Modules reachable from `roots` through static imports, following only those `follow` accepts. */
export function staticImports(
  graph: ModuleGraph,
  roots: readonly string[],
  follow?: (id: string) => boolean,
): Set<string> {
  return reachable(roots, (id) => graph.getModuleInfo(id)?.importedIds ?? [], follow)
}

/**
 * The chunk each module goes to: the entry's own imports in one chunk, so that the entry can run (and report
 * a start that failed to download) before the start's chunk arrives; the console's start in another.
 * Modules of neither are left to Rolldown's automatic splitting (`null`).
 */
export function consoleStartChunks(
  graph: ModuleGraph,
  ids: readonly string[],
): (id: string) => typeof CONSOLE_ENTRY_CHUNK | typeof CONSOLE_START_CHUNK | null {
  const find = (path: string) => ids.find((id) => id.endsWith(`/${path}`))
  const entry = find(ENTRY)
  const roots = CONSOLE_START.map(find).filter((id) => id !== undefined)
  // Another page built with this config (the benchmark's floor page) has no console to start.
  if (!entry) return () => null
  if (roots.length < CONSOLE_START.length) {
    throw new Error(
      `console-start-chunk: the console's build has no ${CONSOLE_START.filter((path) => !find(path)).join(', ')}: update CONSOLE_START (build-support/console-start-chunk.ts).`,
    )
  }
  const entryImports = staticImports(graph, [entry])
  entryImports.delete(entry)
  const start = staticImports(graph, roots, (id) => isOwnModule(id) && !entryImports.has(id))
  return (id) => {
    if (entryImports.has(id) && !id.endsWith('.css')) return CONSOLE_ENTRY_CHUNK
    return start.has(id) ? CONSOLE_START_CHUNK : null
  }
}

/**
 * The chunk holding `moduleId` and every chunk it imports statically, and the style sheets of those chunks,
 * by file name; none if no chunk holds it.
 */
export function staticChunkFiles(
  bundle: OutputBundle,
  moduleId: string,
): { scripts: string[]; styles: string[] } {
  const chunks = Object.values(bundle).filter((item): item is OutputChunk => item.type === 'chunk')
  const holds = (chunk: OutputChunk) =>
    chunk.facadeModuleId?.endsWith(moduleId) || chunk.moduleIds.some((id) => id.endsWith(moduleId))
  const root = chunks.find(holds)
  if (!root) return { scripts: [], styles: [] }
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]))
  const scripts = reachable([root.fileName], (file) => byFile.get(file)?.imports ?? [])
  const styles = new Set(
    [...scripts].flatMap((file) => [...(byFile.get(file)?.viteMetadata?.importedCss ?? [])]),
  )
  return { scripts: [...scripts].sort(), styles: [...styles].sort() }
}

export function consoleStartChunk(): Plugin {
  let moduleIds: string[] = []
  let chunkOf: ReturnType<typeof consoleStartChunks> | undefined
  // The entry's group comes first: a module both import stays with the entry, not pulled into the start's
  // chunk as one of the start's dependencies.
  const group = (name: typeof CONSOLE_ENTRY_CHUNK | typeof CONSOLE_START_CHUNK, priority: number) => ({
    debugName: name,
    priority,
    name: (id: string, context: ModuleGraph) => {
      chunkOf ??= consoleStartChunks(context, moduleIds)
      return chunkOf(id) === name ? name : null
    },
  })
  return {
    name: 'console-start-chunk',
    apply: 'build',
    buildEnd() {
      moduleIds = [...this.getModuleIds()]
      chunkOf = undefined
    },
    config: () => ({
      build: {
        rolldownOptions: {
          output: {
            codeSplitting: { groups: [group(CONSOLE_ENTRY_CHUNK, 2), group(CONSOLE_START_CHUNK, 1)] },
          },
        },
      },
    }),
    transformIndexHtml: {
      order: 'post',
      handler: (html, { bundle }) => {
        if (!bundle) return []
        const { scripts, styles } = staticChunkFiles(bundle, CONSOLE_START[0])
        const isConsole = Object.values(bundle).some(
          (item) => item.type === 'chunk' && item.facadeModuleId?.endsWith(`/${ENTRY}`),
        )
        if (isConsole && scripts.length === 0) {
          throw new Error(`console-start-chunk: no chunk of the console's build holds ${CONSOLE_START[0]}.`)
        }
        // The entry and its own imports are in the page already. A style sheet left to Vite's loader would be
        // fetched only once the entry asks for the start, and the start would wait for it.
        const link = (rel: string, file: string) => ({
          tag: 'link',
          attrs: { rel, crossorigin: true, href: `/${file}` },
          injectTo: 'head' as const,
        })
        return [
          ...styles.filter((file) => !html.includes(`/${file}"`)).map((file) => link('stylesheet', file)),
          ...scripts.filter((file) => !html.includes(`/${file}"`)).map((file) => link('modulepreload', file)),
        ]
      },
    },
  }
}
