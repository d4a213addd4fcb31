// The focus manager's keeper (focus-manager-keeper.tsx) and its code (tabster, 17 kB gzip) load when first asked
// for: after the first paint, which needs no focus manager, or before it when a dialog opens in the first render.
let kept: Promise<void> | undefined

/**
 * Makes sure Fluent's focus manager exists and outlives every dialog; once per page. A keeper that cannot be
 * downloaded must not keep the console from starting: it is reported, and the next call tries again.
 */
export function keepFocusManager(): Promise<void> {
  kept ??= import('./focus-manager-keeper').then(
    (keeper) => keeper.keepFocusManagerAlive(),
    (error: unknown) => {
      kept = undefined
      console.warn("Fluent's focus manager keeper could not be loaded:", error)
    },
  )
  return kept
}
