import { useEffect, useState } from 'react'

/** A pause in typing: what a search as the admin types waits for. */
export const TYPING_PAUSE_MS = 250

/** The value once it stopped changing for `delayMs`: one agent search per pause in typing, not per key. */
export function useDebouncedValue<T>(value: T, delayMs = TYPING_PAUSE_MS): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs)
    return () => clearTimeout(timer)
  }, [value, delayMs])
  return settled
}
