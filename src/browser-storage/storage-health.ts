// What went wrong with the browser's storage, for the console to say: stored values that could not be read
// (each kind keeps its set-aside copies, newest first, a few of them) and writes that fail now (a full or
// blocked storage), shown until a write succeeds again. A leaf module, like tab-writer: the DPM stores, the
// clock and the simulated estate all report here.
import { createStore } from 'zustand/vanilla'
import { isThisTabWriting } from './tab-writer'

/** How many unreadable copies of one kind of stored value are kept. */
export const MAX_SET_ASIDE_COPIES = 5

export interface SetAsideCopy {
  /** Real time (the browser's clock) the copy was set aside, ISO. */
  setAsideAt: string
  reason: string
  text: string
}

/**
 * The list of set-aside copies after `copy` joined it: newest first, at most `limit`. `existing` is the list as
 * stored; a value that is not such a list (a copy kept before copies were listed) is kept as the oldest one.
 */
export function withSetAsideCopy(existing: string | null, copy: SetAsideCopy, limit: number): SetAsideCopy[] {
  let earlier: SetAsideCopy[] = []
  if (existing !== null) {
    try {
      const parsed: unknown = JSON.parse(existing)
      earlier = Array.isArray(parsed) && parsed.every(isCopy) ? parsed : [olderCopy(existing)]
    } catch {
      earlier = [olderCopy(existing)]
    }
  }
  return [copy, ...earlier].slice(0, limit)
}

const olderCopy = (text: string): SetAsideCopy => ({ setAsideAt: '', reason: 'set aside earlier', text })

const isCopy = (value: unknown): value is SetAsideCopy =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as SetAsideCopy).text === 'string' &&
  typeof (value as SetAsideCopy).reason === 'string' &&
  typeof (value as SetAsideCopy).setAsideAt === 'string'

const notices: string[] = []

/** Notices about unreadable stored values; the console shows them once. */
export function takeStorageNotices(): string[] {
  return notices.splice(0)
}

/**
 * A stored value under `key` could not be read: the tab that writes adds its text to the copies under
 * "`key`:unreadable" (a tab that follows only says so: the writing tab owns the storage). `fresh` says what
 * the console does instead.
 */
export function setAsideUnreadable(
  key: string,
  what: string,
  text: string,
  reason: string,
  fresh = 'starting fresh',
): void {
  const asideKey = `${key}:unreadable`
  if (!isThisTabWriting()) {
    notices.push(`The stored ${what} could not be read (${reason}); ${fresh} in this tab.`)
    return
  }
  try {
    const copy = { setAsideAt: new Date().toISOString(), reason, text }
    const copies = withSetAsideCopy(localStorage.getItem(asideKey), copy, MAX_SET_ASIDE_COPIES)
    localStorage.setItem(asideKey, JSON.stringify(copies))
  } catch {
    // Nowhere to keep it: the notice still tells the admin.
  }
  notices.push(
    `The stored ${what} could not be read (${reason}) and was set aside under "${asideKey}" (its last ${MAX_SET_ASIDE_COPIES} copies are kept); ${fresh}.`,
  )
}

/** Stored values whose last write failed, by key: what each one is. */
export const storageHealthStore = createStore<{ failing: Record<string, string> }>(() => ({ failing: {} }))

/** A write of `key` failed: the console says so at once and until a write of it succeeds. */
export function reportWriteFailure(key: string, what: string): void {
  if (storageHealthStore.getState().failing[key] === what) return
  storageHealthStore.setState(({ failing }) => ({ failing: { ...failing, [key]: what } }))
}

export function reportWriteSuccess(key: string): void {
  if (!(key in storageHealthStore.getState().failing)) return
  storageHealthStore.setState(({ failing }) => {
    const { [key]: _, ...rest } = failing
    return { failing: rest }
  })
}
