// Notices the console shows above the workspace (unreadable stored state set aside, a bad URL parameter).
// Some arrive after the first render, once the embedded agents have started.
import { createStore } from 'zustand/vanilla'

export const noticesStore = createStore<{ notices: string[] }>()(() => ({ notices: [] }))

export function showNotices(notices: readonly string[]): void {
  if (notices.length === 0) return
  noticesStore.setState((state) => ({
    notices: [...state.notices, ...notices.filter((n) => !state.notices.includes(n))],
  }))
}

export function dismissNotice(notice: string): void {
  noticesStore.setState((state) => ({ notices: state.notices.filter((n) => n !== notice) }))
}
