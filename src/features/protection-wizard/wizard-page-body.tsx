import type { ReactElement } from 'react'
// One component per DPM page; each reads the draft and writes its own choices.
import type { WizardDraft, WizardPage } from '../../dpm/protection-wizard-store'
import { ConsistencyCheckPage } from './consistency-check-page'
import { DataProtectionMethodPage } from './data-protection-method-page'
import { DiskAllocationPage } from './disk-allocation-page'
import { GroupTypePage } from './group-type-page'
import { MembersPage } from './members-page'
import type { PageProblem } from './page-validation'
import { ReplicaCreationPage } from './replica-creation-page'
import { ShortTermGoalsPage } from './short-term-goals-page'
import { StatusPage } from './status-page'
import { SummaryPage } from './summary-page'
import { WelcomePage } from './welcome-page'

export interface PageProps {
  draft: WizardDraft
  /** The page's problems as the draft stands now: pages show them as typed. */
  problems: PageProblem[]
}

/** A page with a field that starts empty: it stays quiet until changed or until Next was refused. */
export interface RequiredFieldPageProps extends PageProps {
  /** Next (or Create Group) was refused on this page. */
  attempted: boolean
}

export function WizardPageBody({
  page,
  draft,
  problems,
  attempted,
  commitError,
}: RequiredFieldPageProps & { page: WizardPage; commitError?: string }) {
  switch (page) {
    case 'welcome':
      return <WelcomePage />
    case 'type':
      return <GroupTypePage />
    case 'members':
      return <MembersPage draft={draft} problems={problems} attempted={attempted} />
    case 'method':
      return <DataProtectionMethodPage draft={draft} problems={problems} attempted={attempted} />
    case 'goals':
      return <ShortTermGoalsPage draft={draft} problems={problems} />
    case 'disk':
      return <DiskAllocationPage draft={draft} />
    case 'replica':
      return <ReplicaCreationPage draft={draft} problems={problems} />
    case 'consistency':
      return <ConsistencyCheckPage draft={draft} problems={problems} />
    case 'summary':
      return <SummaryPage draft={draft} commitError={commitError} />
    case 'status':
      return <StatusPage draft={draft} />
  }
}

/** The messages of one field, one per line, for a Field's validationMessage (tied by aria-describedby). */
export function messagesOf(
  problems: readonly PageProblem[],
  field: PageProblem['field'],
): ReactElement | undefined {
  const messages = problems.filter((p) => p.field === field).map((p) => p.message)
  if (messages.length === 0) return undefined
  return (
    <>
      {messages.map((message) => (
        <span key={message} style={{ display: 'block' }}>
          {message}
        </span>
      ))}
    </>
  )
}
