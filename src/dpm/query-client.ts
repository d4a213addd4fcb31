import { QueryClient } from '@tanstack/react-query'

// The estate inventory is DPM's cache of what the agents reported: it changes only when the admin presses
// Refresh (or an action of this console changes the estate), as in DPM, so it never goes stale on its own.
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: Number.POSITIVE_INFINITY, retry: false, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
})
