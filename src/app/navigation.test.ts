import { describe, expect, it } from 'vitest'
import { tabFromPath, tabPath } from './navigation'

describe('tab paths below the base path', () => {
  it('reads the tab after the base path', () => {
    expect(tabFromPath('/dpm/protection', '/dpm/')).toBe('protection')
    expect(tabFromPath('/DPM/Recovery', '/dpm/')).toBe('recovery')
    expect(tabFromPath('/protection', '/')).toBe('protection')
  })

  it('opens on Monitoring at the base path itself or an unknown path', () => {
    expect(tabFromPath('/dpm/', '/dpm/')).toBe('monitoring')
    expect(tabFromPath('/dpm/nowhere', '/dpm/')).toBe('monitoring')
  })

  it('does not take the base path for a tab', () => {
    // A console built under /protection/ opens on Monitoring at its base, not on Protection.
    expect(tabFromPath('/protection/', '/protection/')).toBe('monitoring')
    expect(tabFromPath('/protection/reporting', '/protection/')).toBe('reporting')
  })

  it('writes a tab below the base path', () => {
    expect(tabPath('management', '/dpm/')).toBe('/dpm/management')
    expect(tabPath('management', '/')).toBe('/management')
  })
})
