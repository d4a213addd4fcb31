// S2: protect a mirrored database; DPM shows the mirror details and keeps a single replica for the mirror.
import { closeWizard, createGroup, openWizardAtMembers, selectMember } from '../tour-actions'
import type { Tour } from '../tour-types'
import { mirrorDetails, protectedMember, SALES_DB, SALES_MIRROR_COPY, selectedMembers } from './demo-estate'
import { demoEstateStep } from './tour-steps'

export const s2Tour: Tour = {
  id: 'S2',
  title: 'Protect a mirrored database',
  summary:
    'The procedure to protect a mirrored database is the same as the procedure to protect a SQL Server database.',
  steps: [
    demoEstateStep(
      'SalesDB is mirrored: principal on SQL-PRI01, mirror on SQL-MIR01, witness SQL-WIT01, high safety.',
    ),
    {
      title: 'Create New Protection Group',
      narration:
        'Open the Create New Protection Group wizard and go to Select Group Members: the Available members list the computers that have a protection agent.',
      doIt: { label: 'Open the wizard at Select Group Members', run: openWizardAtMembers },
      look: { label: 'Available members', at: { selector: '[role="tree"][aria-label="Available members"]' } },
    },
    {
      title: 'Select SalesDB',
      narration:
        'When you select a mirrored database, DPM automatically detects that the database is mirrored and displays the mirror details on the Select Group Members page.',
      doIt: { label: 'Select SalesDB on SQL-PRI01', run: () => selectMember(SALES_DB) },
      look: { label: 'Mirror details', at: mirrorDetails },
    },
    {
      title: 'Select the mirror copy too',
      narration:
        'Selecting the copy on SQL-MIR01 gives the same data source: DPM maintains a single replica for the mirror.',
      doIt: { label: 'Select SalesDB on SQL-MIR01', run: () => selectMember(SALES_MIRROR_COPY) },
      look: { label: 'Selected members: one data source', at: selectedMembers },
    },
    {
      title: 'Create Group',
      narration:
        'Name the protection group and keep the defaults: short-term protection using Disk, synchronization every 15 minutes, the replica created now.',
      doIt: { label: 'Name the group Sales and create it', run: () => createGroup('Sales') },
      look: { label: 'The tasks on the Status page', at: { selector: 'table[aria-label="Tasks"]' } },
    },
    {
      title: 'One data source for the mirror',
      narration:
        'On the Protection tab SalesDB appears once, under its principal, with both partners listed.',
      doIt: { label: 'Close the wizard', run: closeWizard },
      look: { label: 'SalesDB on the Protection tab', at: protectedMember(SALES_DB) },
    },
  ],
}
