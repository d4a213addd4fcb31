// The entry (src/main.tsx) imports the console's start dynamically, so Vite's helper asks for its chunks only
// once the entry has run. The chunks every tab needs are listed in index.html instead, where the browser's
// preload scanner fetches them while the HTML is still being read.
import type { OutputBundle, OutputChunk } from 'rolldown'
import type { Plugin } from 'vite'

const START = 'src/app/start-console.tsx'

/** The chunk of `moduleId` and every chunk it imports statically, by file name; none if the build has no such module. */
export function staticChunkFiles(bundle: OutputBundle, moduleId: string): string[] {
  const chunks = Object.values(bundle).filter((item): item is OutputChunk => item.type === 'chunk')
  const root = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(moduleId))
  // Another page built with this config (the benchmark's minimal page) has no console to start.
  if (!root) return []
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]))
  const files = new Set<string>()
  const pending = [root.fileName]
  while (pending.length > 0) {
    const file = pending.pop() as string
    if (files.has(file)) continue
    files.add(file)
    pending.push(...(byFile.get(file)?.imports ?? []))
  }
  return [...files].sort()
}

export function preloadConsoleStart(): Plugin {
  return {
    name: 'preload-console-start',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, { bundle }) =>
        bundle
          ? staticChunkFiles(bundle, START)
              // The entry and its own imports are in the page already.
              .filter((file) => !html.includes(`/${file}"`))
              .map((file) => ({
                tag: 'link',
                attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
                injectTo: 'head' as const,
              }))
          : [],
    },
  }
}
