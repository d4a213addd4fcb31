// S3 (and S1): mirrored SQL Server clusters are protected like any mirrored database, once the protection
// agent runs on every node a partner can fail over to.
import { POLICY_DB } from '../../../agent-api/demo-estate'
import {
  closeWizard,
  createGroup,
  freshDemoWorld,
  lab,
  openWizardAtMembers,
  refreshMembers,
  searchMembers,
  selectMember,
} from '../tour-actions'
import type { Tour } from '../tour-types'
import { availableMember, mirrorDetails, protectedMember } from './demo-estate'
import { demoEstateStep } from './tour-steps'

const CLAIMS_DB = 'SQLCLU01\\SQLFCI\\ClaimsDB'
const ARCHIVE_DB = 'SQLCLU03\\SQLFCI\\ArchiveDB'

export const s3Tour: Tour = {
  id: 'S3',
  title: 'Protect mirrored SQL Server clusters',
  summary:
    'DPM also supports the protection of mirrored SQL server clusters: principal clustered, mirror clustered, or both.',
  steps: [
    {
      ...demoEstateStep(
        'ClaimsDB runs on the failover cluster instance SQLCLU01\\SQLFCI (nodes CLU01-N1 and CLU01-N2); here CLU01-N2 has no protection agent yet.',
      ),
      doIt: {
        label: 'Reset the lab and remove the agent from CLU01-N2',
        run: async () => {
          await freshDemoWorld('Protection')
          await lab().uninstallAgent('CLU01-N2')
        },
      },
    },
    {
      title: 'Agents on every node',
      narration:
        'DPM agents must be installed on all the computers in the cluster: ClaimsDB cannot be selected while a node it could fail over to has no agent.',
      doIt: {
        label: 'Open the wizard and search for ClaimsDB',
        run: async () => {
          await openWizardAtMembers()
          await searchMembers('ClaimsDB')
        },
      },
      look: { label: 'ClaimsDB, with the reason it cannot be protected', at: availableMember(CLAIMS_DB) },
    },
    {
      title: 'Install the agent, then Refresh',
      narration:
        'Install the protection agent on CLU01-N2 and press Refresh: the list is displayed from the cache until the agents are read again.',
      doIt: {
        label: 'Install the agent on CLU01-N2 and Refresh',
        run: async () => {
          await lab().installAgent('CLU01-N2')
          await refreshMembers()
        },
      },
      look: { label: 'ClaimsDB can now be selected', at: availableMember(CLAIMS_DB) },
    },
    {
      title: 'The three supported configurations',
      narration:
        'ClaimsDB: principal is clustered, mirror is not. PolicyDB: principal is not clustered, mirror is. ArchiveDB: both principal and mirror are clustered. The mirror details list the agent on every node.',
      doIt: {
        label: 'Select ClaimsDB, PolicyDB and ArchiveDB',
        run: async () => {
          for (const path of [CLAIMS_DB, POLICY_DB, ARCHIVE_DB]) await selectMember(path)
        },
      },
      look: { label: 'Mirror details of ArchiveDB, with the cluster nodes', at: mirrorDetails },
    },
    {
      title: 'Create Group',
      narration: 'The procedure is the same as for a mirrored SQL Server database.',
      doIt: {
        label: 'Create the group Clustered mirrors',
        run: async () => {
          await createGroup('Clustered mirrors')
          await closeWizard()
        },
      },
      look: { label: 'ClaimsDB on the Protection tab', at: protectedMember(CLAIMS_DB) },
    },
  ],
}
