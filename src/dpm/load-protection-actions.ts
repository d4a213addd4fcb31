// The admin actions (and through them the engine and the scheduler) load on their first use: a screen that
// offers them paints without them.
export const loadProtectionActions = () => import('./protection-actions')

export type ProtectionActions = Awaited<ReturnType<typeof loadProtectionActions>>
