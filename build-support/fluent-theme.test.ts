import { webLightTheme } from '@fluentui/tokens'
import { describe, expect, it } from 'vitest'
import { FLUENT_THEME_CSS, fluentTheme, fluentThemeCss } from './fluent-theme'

describe('the Fluent theme as a static style sheet', () => {
  it('sets every token of the console theme on :root, with its value', () => {
    const css = fluentThemeCss()
    expect(css.startsWith(':root {')).toBe(true)
    for (const [token, value] of Object.entries(webLightTheme)) {
      expect(css).toContain(`--${token}: ${value};`)
    }
  })

  it('is what the virtual style sheet module loads', async () => {
    const plugin = fluentTheme()
    const call = <T>(hook: unknown, ...args: unknown[]) => (hook as (...a: unknown[]) => T).call({}, ...args)
    const resolved = call<string>(plugin.resolveId, FLUENT_THEME_CSS)
    expect(resolved).toMatch(/\.css$/)
    expect(call(plugin.resolveId, 'some-other-module')).toBeUndefined()
    expect(call(plugin.load, resolved)).toBe(fluentThemeCss())
  })
})
