// Work the first screen does not need (the mock agents) waits until the console's first frame is painted,
// so that it does not compete with it for the network and the main thread.
import { useEffect } from 'react'
import { usePainted } from '../features/ui/use-painted'

let markPainted: () => void = () => undefined
const painted = new Promise<void>((resolve) => {
  markPainted = resolve
})

export function afterFirstPaint(): Promise<void> {
  return painted
}

/** Called by the console's frame: its first paint is the console's. */
export function useNoteFirstPaint(): void {
  const framePainted = usePainted()
  useEffect(() => {
    if (framePainted) markPainted()
  }, [framePainted])
}
