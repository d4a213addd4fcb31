// The focus manager's keeper (focus-manager-keeper.tsx) and its code (tabster, 17 kB gzip) load when first asked
// for: after the first paint, which needs no focus manager, or before it when a dialog opens in the first render.
let kept: Promise<void> | undefined

/** Makes sure Fluent's focus manager exists and outlives every dialog; once per page. */
export function keepFocusManager(): Promise<void> {
  kept ??= import('./focus-manager-keeper').then((keeper) => keeper.keepFocusManagerAlive())
  return kept
}
