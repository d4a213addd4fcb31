// The Lab: the presenter's and the tester's hands on the simulated SQL estate and the clock. Long lists are
// filtered and paged, so the large preset (2,000 computers and sessions) renders a page of each.
import { Button, MessageBar, MessageBarBody, makeStyles, Spinner, tokens } from '@fluentui/react-components'
import type { ReactNode } from 'react'
import type { LabEstate } from '../../agent-api/lab-schemas'
import { AttachDiskForm } from './attach-disk-form'
import { AvailabilityGroupsSection } from './availability-groups-section'
import { ClockControls } from './clock-controls'
import { ClustersSection } from './clusters-section'
import { ComputersSection } from './computers-section'
import { CreateDatabaseForm } from './create-database-form'
import { FaultsSection } from './faults-form'
import { FolderFilesSection } from './folder-files-section'
import { useLabAction, useLabEstate } from './lab-queries'
import { MirrorSetupForm } from './mirror-setup-form'
import { MirroringSessions } from './mirroring-sessions'
import { ResetSection } from './reset-section'
import { StateTransferSection } from './state-transfer-section'
import { TourLinks } from './tour-links'

const useStyles = makeStyles({
  panel: {
    width: '640px',
    flexShrink: 0,
    overflow: 'auto',
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
  section: { marginBlockEnd: tokens.spacingVerticalL },
  sectionTitle: { fontSize: tokens.fontSizeBase400, margin: `${tokens.spacingVerticalS} 0` },
})

function Section({ title, children }: { title: string; children: ReactNode }) {
  const styles = useStyles()
  return (
    <section className={styles.section} aria-label={title}>
      <h3 className={styles.sectionTitle}>{title}</h3>
      {children}
    </section>
  )
}

const summaryOf = (estate: LabEstate) =>
  `Preset ${estate.preset}: ${estate.computers.length} computers, ${estate.databaseCount} databases, ${estate.sessions.length} mirroring sessions`

export function LabPanel({ onClose }: { onClose: () => void }) {
  const styles = useStyles()
  const estate = useLabEstate()
  const action = useLabAction()
  const run = (fn: () => Promise<unknown>) => action.mutate(fn)
  const busy = action.isPending

  return (
    <aside className={styles.panel} aria-label="Lab">
      <div className={styles.header}>
        <h2>Lab</h2>
        <Button onClick={onClose}>Close</Button>
      </div>
      {action.isError && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{action.error.message}</MessageBarBody>
        </MessageBar>
      )}
      <Section title="Clock">
        <ClockControls run={run} busy={busy} />
      </Section>
      <Section title="Presets">
        <ResetSection summary={estate.data && summaryOf(estate.data)} run={run} busy={busy} />
      </Section>
      <Section title="Guided tours">
        <TourLinks />
      </Section>
      {estate.isPending && <Spinner label="Reading the estate..." />}
      {estate.isError && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>The estate could not be read: {estate.error.message}</MessageBarBody>
          <Button onClick={() => void estate.refetch()}>Retry</Button>
        </MessageBar>
      )}
      {estate.data && (
        <>
          <Section title="Mirroring sessions">
            <MirroringSessions sessions={estate.data.sessions} run={run} busy={busy} />
          </Section>
          <Section title="Make a database the mirror of another">
            <MirrorSetupForm />
          </Section>
          <Section title="Create a database">
            <CreateDatabaseForm />
          </Section>
          <Section title="Computers">
            <ComputersSection estate={estate.data} run={run} busy={busy} />
          </Section>
          <Section title="Clusters">
            <ClustersSection estate={estate.data} />
          </Section>
          <Section title="Availability groups">
            <AvailabilityGroupsSection estate={estate.data} />
          </Section>
          <Section title="Faults">
            <FaultsSection estate={estate.data} />
          </Section>
          <Section title="Network folder files">
            <FolderFilesSection />
          </Section>
          <Section title="DPM server hardware">
            <AttachDiskForm />
          </Section>
        </>
      )}
      <StateTransferSection />
    </aside>
  )
}
