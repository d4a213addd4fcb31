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
  problems: PageProblem[]
}

export function WizardPageBody({
  page,
  draft,
  problems,
  commitError,
}: PageProps & { page: WizardPage; commitError?: string }) {
  switch (page) {
    case 'welcome':
      return <WelcomePage />
    case 'type':
      return <GroupTypePage draft={draft} />
    case 'members':
      return <MembersPage draft={draft} problems={problems} />
    case 'method':
      return <DataProtectionMethodPage draft={draft} problems={problems} />
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
