import { Radio, RadioGroup, Text } from '@fluentui/react-components'
import { updateWizardDraft, type WizardDraft } from '../../dpm/protection-wizard-store'

export function GroupTypePage({ draft }: { draft: WizardDraft }) {
  return (
    <RadioGroup
      aria-label="Protection group type"
      value={draft.groupType}
      onChange={(_, data) =>
        updateWizardDraft((d) => ({
          ...d,
          groupType: data.value === 'clients' ? 'clients' : 'servers',
          dirty: true,
        }))
      }
    >
      <Radio value="servers" label="Servers" />
      <Text as="p" size={200}>
        File servers, application servers (SQL Server, Exchange, SharePoint), and the computers of a cluster.
      </Text>
      <Radio value="clients" label="Clients" />
      <Text as="p" size={200}>
        Workstations and laptops running a client operating system. SQL Server databases are protected in a
        Servers group.
      </Text>
    </RadioGroup>
  )
}
