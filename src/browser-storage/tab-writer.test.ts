// @vitest-environment jsdom
// The writer election across tabs: each tab is a fresh copy of the module, sharing one lock manager (Web Locks)
// and one BroadcastChannel, as the tabs of a browser share theirs.
import { afterEach, beforeEach, expect, it, vi } from 'vitest'

type Grant = () => void

/** Web Locks, for one lock at a time: granted in order of request; `ifAvailable` answers null when it is held. */
class FakeLocks {
  private held = false
  private readonly waiting: Grant[] = []

  request(_name: string, ...args: unknown[]): Promise<unknown> {
    const callback = args.at(-1) as (lock: unknown) => Promise<unknown>
    const options = (args.length > 1 ? args[0] : {}) as LockOptions
    return new Promise((resolve, reject) => {
      const grant = () => {
        this.held = true
        callback({ name: _name }).then((value) => {
          this.held = false
          this.waiting.shift()?.()
          resolve(value)
        }, reject)
      }
      if (!this.held) grant()
      else if (options.ifAvailable) callback(null).then(resolve, reject)
      else this.waiting.push(grant)
    })
  }
}

async function openTab() {
  vi.resetModules()
  return import('./tab-writer')
}

beforeEach(() => {
  Object.defineProperty(navigator, 'locks', { value: new FakeLocks(), configurable: true })
})
afterEach(() => {
  Object.defineProperty(navigator, 'locks', { value: undefined, configurable: true })
})

it('writes nothing until its role is known, then the first tab writes and the second follows', async () => {
  const first = await openTab()
  expect(first.isThisTabWriting()).toBe(false)
  await first.electWritingTab()
  expect(first.isThisTabWriting()).toBe(true)
  expect(first.wasElectedFirst()).toBe(true)

  const second = await openTab()
  const election = second.electWritingTab()
  expect(second.isThisTabWriting()).toBe(false)
  await election
  expect(second.isThisTabWriting()).toBe(false)
  expect(second.wasElectedFirst()).toBe(false)
})

it('a tab opened with a world-changing address takes the writing over, after reading what the other one stored', async () => {
  const first = await openTab()
  await first.electWritingTab()
  const flushed: string[] = []
  first.onTabWritingChange((writing) => writing || flushed.push('first flushed its writes'))

  const second = await openTab()
  second.beforeTakingOver(async () => {
    flushed.push('second read the storage')
  })
  expect(await second.takeOverWriting()).toBe(true)
  expect(second.isThisTabWriting()).toBe(true)
  expect(first.isThisTabWriting()).toBe(false)
  expect(flushed).toEqual(['first flushed its writes', 'second read the storage'])
})

it('says so when the writing tab does not hand over (a frozen tab), and keeps following', async () => {
  // A tab that holds the lock and never answers.
  void navigator.locks.request('dpm-console:writer', () => new Promise(() => {}))
  const tab = await openTab()
  expect(await tab.takeOverWriting(50)).toBe(false)
  expect(tab.isThisTabWriting()).toBe(false)
})
