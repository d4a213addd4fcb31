import { lazy, Suspense } from 'react'
import { useStore } from 'zustand'
import { storageHealthStore } from '../browser-storage/storage-health'
import { noticesStore } from './notices'

// The message bars load only when there is something to say, which is seldom at startup.
const NoticeList = lazy(() => import('./notice-list').then((m) => ({ default: m.NoticeList })))
const StorageFailureList = lazy(() =>
  import('./storage-failure-list').then((m) => ({ default: m.StorageFailureList })),
)

/** What the console has to tell the admin about its own state: notices until dismissed, and a storage that fails. */
export function NoticeBars() {
  const notices = useStore(noticesStore, (state) => state.notices)
  const failing = useStore(storageHealthStore, (state) => state.failing)
  const failingWhat = Object.values(failing)
  if (notices.length === 0 && failingWhat.length === 0) return null
  return (
    <Suspense fallback={null}>
      {failingWhat.length > 0 && <StorageFailureList failing={failingWhat} />}
      {notices.length > 0 && <NoticeList notices={notices} />}
    </Suspense>
  )
}
