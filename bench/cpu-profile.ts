// --cpu-profile: Chromium's CPU profile of a measured step (the 7-day advance), written to bench/profiles/ to
// open in the browser's DevTools (Performance, "Load profile"). The first run's only: profiling slows the page.
import { mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { CDPSession } from '@playwright/test'
import { PROJECT_ROOT } from './build-apps'

let wanted = false
const written = new Set<string>()

export function profileCpu(enabled: boolean): void {
  wanted = enabled
}

/** Runs `step`, profiled when --cpu-profile asked for it and `name` was not profiled yet. */
export async function maybeProfiled<T>(cdp: CDPSession, name: string, step: () => Promise<T>): Promise<T> {
  if (!wanted || written.has(name)) return step()
  written.add(name)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.start')
  const result = await step()
  const { profile } = await cdp.send('Profiler.stop')
  const dir = resolve(PROJECT_ROOT, 'bench/profiles')
  mkdirSync(dir, { recursive: true })
  writeFileSync(resolve(dir, `${name}.cpuprofile`), JSON.stringify(profile))
  return result
}
