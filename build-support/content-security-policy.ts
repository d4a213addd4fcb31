// The console's Content-Security-Policy, in one place: index.html carries it as a meta tag (whatever serves
// the built files), and Vite's preview and dev servers send it as a header, which alone can forbid framing
// (frame-ancestors is ignored in a meta tag). The build fails when index.html has no place for it, so no build
// mode can drop it without a word.
import type { Plugin } from 'vite'

type Directives = Readonly<Record<string, readonly string[]>>

/**
 * The built console: its own origin only (the mock agents' service worker is /mockServiceWorker.js), no inline
 * or eval'd script. Fluent UI inserts its styles with CSSOM, which style-src does not govern; 'unsafe-inline'
 * for styles covers the style attributes React sets.
 */
export const BUILT_CONSOLE_POLICY: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
}

/**
 * Vite's dev server: as the built console, plus what it needs (the React refresh preamble is an inline script;
 * hot module replacement talks over a WebSocket). Still no eval.
 */
export const DEV_SERVER_POLICY: Directives = {
  ...BUILT_CONSOLE_POLICY,
  'script-src': ["'self'", "'unsafe-inline'"],
  'connect-src': ["'self'", 'ws:', 'wss:'],
}

/** What only a header can say: no page of any origin may frame the console. */
const HEADER_ONLY: Directives = { 'frame-ancestors': ["'none'"] }

export function serializePolicy(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ')
}

/** The policy as the servers send it: the meta tag's, and frame-ancestors 'none'. */
export const headerPolicy = (directives: Directives) => serializePolicy({ ...directives, ...HEADER_ONLY })

export const POLICY_PLACEHOLDER = '%CONTENT_SECURITY_POLICY%'
const META_TAG = `<meta http-equiv="Content-Security-Policy" content="${POLICY_PLACEHOLDER}" />`
export const metaTag = (policy: string) => META_TAG.replace(POLICY_PLACEHOLDER, policy)

/** index.html with its policy written in; throws when the page has no place for it. */
export function writePolicy(html: string, policy: string, page: string): string {
  if (!html.includes(META_TAG))
    throw new Error(`${page} has no ${META_TAG}: it would be built without its Content-Security-Policy.`)
  return html.replace(META_TAG, metaTag(policy))
}

export function contentSecurityPolicy(): Plugin {
  let policy = serializePolicy(BUILT_CONSOLE_POLICY)
  return {
    name: 'dpm-console:content-security-policy',
    config: () => ({
      server: { headers: { 'Content-Security-Policy': headerPolicy(DEV_SERVER_POLICY) } },
      preview: { headers: { 'Content-Security-Policy': headerPolicy(BUILT_CONSOLE_POLICY) } },
    }),
    configResolved(config) {
      policy = serializePolicy(config.command === 'serve' ? DEV_SERVER_POLICY : BUILT_CONSOLE_POLICY)
    },
    transformIndexHtml: {
      order: 'pre',
      handler: (html, context) => writePolicy(html, policy, context.filename),
    },
    // The pages as written out still carry it: a later transform cannot have dropped it.
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue
        const html = typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source)
        if (!html.includes(metaTag(policy)))
          this.error(`${file.fileName} lost its Content-Security-Policy meta tag during the build.`)
      }
    },
  }
}
