// The selected console tab lives in the URL path (/monitoring, /protection, ...), so reloads and deep links
// keep it. A tiny store over history.pushState: the console has five places, not a routing problem. The paths
// are below the base path the console was built with (`vite build --base=/dpm/` gives /dpm/protection).
import { useSyncExternalStore } from 'react'

export const CONSOLE_TABS = ['monitoring', 'protection', 'recovery', 'reporting', 'management'] as const
export type ConsoleTab = (typeof CONSOLE_TABS)[number]

export const TAB_LABELS: Record<ConsoleTab, string> = {
  monitoring: 'Monitoring',
  protection: 'Protection',
  recovery: 'Recovery',
  reporting: 'Reporting',
  management: 'Management',
}

const DEFAULT_TAB: ConsoleTab = 'monitoring'

/** The base path of the build, with its slashes: `/` or `/dpm/`. */
const BASE_PATH = import.meta.env.BASE_URL

export function tabFromPath(pathname: string, base: string = BASE_PATH): ConsoleTab {
  const below = pathname.toLowerCase().startsWith(base.toLowerCase()) ? pathname.slice(base.length) : pathname
  const first = below.split('/').filter(Boolean)[0]?.toLowerCase()
  return CONSOLE_TABS.find((tab) => tab === first) ?? DEFAULT_TAB
}

/** The address of a tab below the base path. */
export const tabPath = (tab: ConsoleTab, base: string = BASE_PATH): string => `${base}${tab}`

const listeners = new Set<() => void>()
const notify = () => {
  for (const listener of listeners) listener()
}

/** Starts following the browser's Back and Forward buttons (the console's start). */
export function startNavigation(): void {
  window.addEventListener('popstate', notify)
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useConsoleTab(): ConsoleTab {
  return useSyncExternalStore(subscribe, () => tabFromPath(window.location.pathname))
}

/** Opens a tab; `search` replaces the query string (without it the current one is kept). */
export function navigateTo(tab: ConsoleTab, search?: string): void {
  const query = search ?? window.location.search
  const url = `${tabPath(tab)}${query}`
  if (url !== `${window.location.pathname}${window.location.search}`) window.history.pushState(null, '', url)
  notify()
}
