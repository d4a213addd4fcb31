import { Radio, RadioGroup, Text } from '@fluentui/react-components'

// Client computers (workstations and laptops) are not part of the estate this console protects: Clients is
// shown as DPM shows it, disabled, with the reason.
export function GroupTypePage() {
  return (
    <RadioGroup aria-label="Protection group type" value="servers">
      <Radio value="servers" label="Servers" aria-describedby="group-type-servers" />
      <Text as="p" size={200} id="group-type-servers">
        File servers, application servers (SQL Server, Exchange, SharePoint), and the computers of a cluster.
      </Text>
      <Radio value="clients" label="Clients" disabled aria-describedby="group-type-clients" />
      <Text as="p" size={200} id="group-type-clients">
        Workstations and laptops running a client operating system. Not available here: this DPM server
        protects servers running SQL Server, which are protected in a Servers group.
      </Text>
    </RadioGroup>
  )
}
