import { afterEach, describe, expect, it, vi } from 'vitest'

const keepFocusManagerAlive = vi.fn()
const keeperLoads = () => vi.doMock('./focus-manager-keeper', () => ({ keepFocusManagerAlive }))
const keeperFails = () =>
  vi.doMock('./focus-manager-keeper', () => {
    throw new Error('The chunk could not be downloaded.')
  })

afterEach(() => {
  vi.doUnmock('./focus-manager-keeper')
  vi.resetModules()
  vi.restoreAllMocks()
  keepFocusManagerAlive.mockClear()
})

describe('keeping the focus manager', () => {
  it('creates the keeper once, however often it is asked for', async () => {
    keeperLoads()
    const { keepFocusManager } = await import('./focus-manager')
    await Promise.all([keepFocusManager(), keepFocusManager()])
    await keepFocusManager()
    expect(keepFocusManagerAlive).toHaveBeenCalledTimes(1)
  })

  it('does not fail the start when the keeper cannot be loaded, and tries again next time', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    keeperFails()
    const { keepFocusManager } = await import('./focus-manager')
    await expect(keepFocusManager()).resolves.toBeUndefined()
    expect(warn).toHaveBeenCalledOnce()
    expect(keepFocusManagerAlive).not.toHaveBeenCalled()
    vi.doUnmock('./focus-manager-keeper')
    keeperLoads()
    vi.resetModules()
    await keepFocusManager()
    expect(keepFocusManagerAlive).toHaveBeenCalledOnce()
  })
})
