// Serves the two production builds on 127.0.0.1: the floor page under /floor/, the console everywhere
// else, with the console's single-page fallback (its tabs are paths such as /protection).
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import { FLOOR_BASE } from './build-apps'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
}

export interface StaticServer {
  origin: string
  close(): Promise<void>
}

function fileFor(root: string, urlPath: string): string {
  const relative = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '')
  const candidate = join(root, relative)
  if (candidate.startsWith(root) && existsSync(candidate) && statSync(candidate).isFile()) return candidate
  // A path without a file extension is a route of the app: its index.html answers.
  return extname(relative) === '' ? join(root, 'index.html') : ''
}

/** Listens on `port` (0: any free port). */
export async function serveBuilds(
  { consoleDir, floorDir }: { consoleDir: string; floorDir: string },
  port = 0,
): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname
    const file = path.startsWith(FLOOR_BASE)
      ? fileFor(floorDir, path.slice(FLOOR_BASE.length - 1))
      : fileFor(consoleDir, path)
    if (!file) {
      response.writeHead(404).end('Not found')
      return
    }
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    })
    createReadStream(file).pipe(response)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  const { port: actual } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${actual}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
