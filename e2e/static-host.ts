// An ordinary static web server, as README.md ("Host the static build") asks of one: the built files below
// the base path as they are, every other address below it answered with index.html (the history fallback), and
// the console's Content-Security-Policy as a header. The base-path spec serves its build with it.
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import { BUILT_CONSOLE_POLICY, headerPolicy } from '../build-support/content-security-policy'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false
}

/** Serves `root` under `base` (`/dpm/`) on a free port of 127.0.0.1; resolves with the server and its origin. */
export async function hostStatically(
  root: string,
  base: string,
): Promise<{ server: Server; origin: string }> {
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://host')
    if (!pathname.startsWith(base)) {
      response.writeHead(404).end()
      return
    }
    const wanted = join(root, normalize(decodeURIComponent(pathname.slice(base.length))))
    const file = wanted.startsWith(root) && (await isFile(wanted)) ? wanted : join(root, 'index.html')
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': headerPolicy(BUILT_CONSOLE_POLICY),
      // Only the files of assets/ have a hash in their name; the others (index.html, the service worker) are
      // asked again each time, so that a new build is seen at once.
      'Cache-Control': file.startsWith(join(root, 'assets')) ? 'max-age=31536000, immutable' : 'no-cache',
    })
    createReadStream(file).pipe(response)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { server, origin: `http://127.0.0.1:${port}` }
}
