// The console's Fluent theme as a static style sheet. Given the theme object, FluentProvider builds its 460
// CSS variables in the browser and inserts them before the first render, and the theme object itself is
// computed as its module loads; both were on the console's startup path for values that never change.
// `import 'virtual:fluent-theme.css'` gives the same variables, written at build time with Fluent's own
// createCSSRuleFromTheme, on :root (which also reaches dialogs' portals).
import { createCSSRuleFromTheme } from '@fluentui/react-provider'
import { type Theme, webLightTheme } from '@fluentui/tokens'
import type { Plugin } from 'vite'

export const FLUENT_THEME_CSS = 'virtual:fluent-theme.css'
// Not \0-prefixed: Vite's CSS plugins must process it like a file's style sheet.
const RESOLVED_ID = '/@fluent-theme.css'

export function fluentThemeCss(theme: Theme = webLightTheme): string {
  return `${createCSSRuleFromTheme(':root', theme)}\n`
}

export function fluentTheme(): Plugin {
  return {
    name: 'dpm-console:fluent-theme',
    resolveId: (id) => (id === FLUENT_THEME_CSS ? RESOLVED_ID : undefined),
    load: (id) => (id === RESOLVED_ID ? fluentThemeCss() : undefined),
  }
}
