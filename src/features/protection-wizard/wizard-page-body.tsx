// One component per DPM page; each reads the draft and writes its own choices.
import type { WizardPage } from '../../dpm/protection-wizard-store'
import { ConsistencyCheckPage } from './consistency-check-page'
import { DataProtectionMethodPage } from './data-protection-method-page'
import { DiskAllocationPage } from './disk-allocation-page'
import { GroupTypePage } from './group-type-page'
import { MembersPage } from './members-page'
import type { RequiredFieldPageProps } from './page-props'
import { ReplicaCreationPage } from './replica-creation-page'
import { ShortTermGoalsPage } from './short-term-goals-page'
import { StatusPage } from './status-page'
import { SummaryPage } from './summary-page'
import { WelcomePage } from './welcome-page'

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
