import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  BUILT_CONSOLE_POLICY,
  contentSecurityPolicy,
  DEV_SERVER_POLICY,
  headerPolicy,
  metaTag,
  serializePolicy,
  writePolicy,
} from './content-security-policy'

const BUILT =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; " +
  "base-uri 'self'; form-action 'self'"

/** Each directive's sources, as a browser reads the policy. */
const directives = (policy: string) =>
  new Map(
    policy.split('; ').map((directive) => {
      const [name = '', ...sources] = directive.split(' ')
      return [name, sources]
    }),
  )

describe("the console's Content-Security-Policy", () => {
  it('allows the built console its own origin only: no inline or eval’d script, no plug-ins, no framing', () => {
    expect(serializePolicy(BUILT_CONSOLE_POLICY)).toBe(BUILT)
    expect(headerPolicy(BUILT_CONSOLE_POLICY)).toBe(`${BUILT}; frame-ancestors 'none'`)
  })

  it('gives the dev server only the inline preamble and the hot-reload socket on top, never eval', () => {
    const dev = directives(headerPolicy(DEV_SERVER_POLICY))
    const built = directives(headerPolicy(BUILT_CONSOLE_POLICY))
    expect(dev.get('script-src')).toEqual(["'self'", "'unsafe-inline'"])
    expect(dev.get('connect-src')).toEqual(["'self'", 'ws:', 'wss:'])
    for (const [name, sources] of built)
      if (name !== 'script-src' && name !== 'connect-src') expect(dev.get(name), name).toEqual(sources)
    for (const policy of [dev, built]) {
      expect([...policy.values()].flat()).not.toContain("'unsafe-eval'")
      expect(policy.get('frame-ancestors')).toEqual(["'none'"])
    }
  })

  it('is written into index.html, and a page without its meta tag is refused', () => {
    const page = readFileSync(resolve(import.meta.dirname, '../index.html'), 'utf8')
    expect(writePolicy(page, BUILT, 'index.html')).toContain(
      `<meta http-equiv="Content-Security-Policy" content="${BUILT}" />`,
    )
    expect(() => writePolicy('<html><head></head></html>', BUILT, 'other.html')).toThrow(
      'other.html has no <meta http-equiv="Content-Security-Policy" content="%CONTENT_SECURITY_POLICY%" />: it would be built without its Content-Security-Policy.',
    )
  })

  it('is sent as a header by the preview and dev servers', () => {
    const config = contentSecurityPolicy().config as () => {
      server: { headers: Record<string, string> }
      preview: { headers: Record<string, string> }
    }
    expect(config().preview.headers).toEqual({
      'Content-Security-Policy': `${BUILT}; frame-ancestors 'none'`,
    })
    expect(config().server.headers['Content-Security-Policy']).toBe(headerPolicy(DEV_SERVER_POLICY))
  })

  it('fails the build when a page written out has lost it', () => {
    const plugin = contentSecurityPolicy()
    const generateBundle = plugin.generateBundle as (
      this: { error: (message: string) => never },
      options: unknown,
      bundle: Record<string, { type: string; fileName: string; source: string | Uint8Array }>,
    ) => void
    const context = {
      error: (message: string): never => {
        throw new Error(message)
      },
    }
    const page = (source: string | Uint8Array) => ({
      'index.html': { type: 'asset', fileName: 'index.html', source },
    })
    expect(() => generateBundle.call(context, {}, page(`<head>${metaTag(BUILT)}</head>`))).not.toThrow()
    expect(() =>
      generateBundle.call(context, {}, page(new TextEncoder().encode(`<head>${metaTag(BUILT)}</head>`))),
    ).not.toThrow()
    expect(() => generateBundle.call(context, {}, page('<head></head>'))).toThrow(
      'index.html lost its Content-Security-Policy meta tag during the build.',
    )
  })
})

describe('the header README.md asks a static web server to send', () => {
  it('is the policy the preview server sends, in every place README.md gives it', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../README.md'), 'utf8')
    const given = [...readme.matchAll(/Content-Security-Policy:? "?(default-src [^"\n]+)/g)].map((m) => m[1])
    expect(given).toHaveLength(2)
    for (const policy of given) expect(policy).toBe(headerPolicy(BUILT_CONSOLE_POLICY))
  })
})
