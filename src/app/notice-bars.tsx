import { lazy, Suspense } from 'react'
import { useStore } from 'zustand'
import { noticesStore } from './notices'

// The message bars load only when there is something to say, which is seldom at startup.
const NoticeList = lazy(() => import('./notice-list').then((m) => ({ default: m.NoticeList })))

/** What the console has to tell the admin about its own state, until dismissed. */
export function NoticeBars() {
  const notices = useStore(noticesStore, (state) => state.notices)
  if (notices.length === 0) return null
  return (
    <Suspense fallback={null}>
      <NoticeList notices={notices} />
    </Suspense>
  )
}
