// Work the first screen does not need (the mock agents, the status bar's extras) waits until the console's
// first frame is painted, so that it does not compete with it for the network and the main thread.
import { useEffect, useState } from 'react'

let markPainted: () => void = () => undefined
const painted = new Promise<void>((resolve) => {
  markPainted = resolve
})

export function afterFirstPaint(): Promise<void> {
  return painted
}

/** Called by the console's frame once, after its first commit: the next frame paints it. */
export function useNoteFirstPaint(): void {
  useEffect(() => {
    requestAnimationFrame(() => setTimeout(markPainted, 0))
  }, [])
}

export function useFirstPaintDone(): boolean {
  const [done, setDone] = useState(false)
  useEffect(() => {
    let live = true
    void painted.then(() => live && setDone(true))
    return () => {
      live = false
    }
  }, [])
  return done
}
