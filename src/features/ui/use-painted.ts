import { useEffect, useState } from 'react'

/**
 * False until the frame that first showed the calling component has been painted. Work that can wait (code
 * for a menu that is still closed, indicators) starts after it: effects run before the browser paints when
 * it is busy, and anything they start would delay the first paint.
 */
export function usePainted(): boolean {
  const [painted, setPainted] = useState(false)
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0)
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [])
  return painted
}
