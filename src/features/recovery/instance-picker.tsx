// The `combobox` "Instance": every SQL instance on a computer (or virtual server) with a protection agent,
// both partners of a mirror included. Instances are read per computer, only for the computers that match
// what is typed, so a large estate costs a few requests, not one per computer.
import {
  Button,
  Combobox,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Option,
} from '@fluentui/react-components'
import { useQueries, useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { errorMessage } from '../../agent-api/error-message'
import { destinationsWithAgent } from '../../domain/recovery/recovery'
import { computersQuery, instancesQuery } from '../../dpm/estate-inventory'

/** Computers whose instances are listed at once; typing narrows the rest. */
const LISTED_COMPUTERS = 20

interface Props {
  value: string
  onChange: (instance: string) => void
  error?: string
}

export function InstancePicker({ value, onChange, error }: Props) {
  const computers = useQuery({ ...computersQuery(), refetchOnMount: 'always' })
  // Typing (or pasting) opens the list of matches, as a search box would.
  const [open, setOpen] = useState(false)
  const destinations = useMemo(
    () => (computers.data ? destinationsWithAgent(computers.data.computers, computers.data.clusters) : []),
    [computers.data],
  )
  const typed = value.trim().toLowerCase()
  const typedComputer = typed.split('\\')[0] ?? ''
  const listed = useMemo(
    () =>
      destinations.filter((name) => name.toLowerCase().includes(typedComputer)).slice(0, LISTED_COMPUTERS),
    [destinations, typedComputer],
  )
  const instanceQueries = useQueries({ queries: listed.map((name) => instancesQuery(name)) })
  const failed = instanceQueries.find((query) => query.isError)
  const options = instanceQueries
    .flatMap((query) => query.data?.map((instance) => instance.path) ?? [])
    .filter(
      (path) => typed === '' || path.toLowerCase().includes(typed) || typed.startsWith(path.toLowerCase()),
    )

  const agentError = computers.error ?? failed?.error
  return (
    <>
      <Field
        label="Instance"
        required
        validationMessage={error}
        hint={
          computers.isPending
            ? 'Reading the protected computers...'
            : 'A SQL Server instance on a computer with a protection agent, as COMPUTER\\INSTANCE.'
        }
      >
        <Combobox
          freeform
          value={value}
          selectedOptions={options.includes(value) ? [value] : []}
          placeholder="COMPUTER\INSTANCE"
          open={open}
          onOpenChange={(_, data) => setOpen(data.open)}
          onChange={(event) => {
            onChange(event.target.value)
            setOpen(true)
          }}
          onOptionSelect={(_, data) => {
            if (data.optionValue) onChange(data.optionValue)
            setOpen(false)
          }}
        >
          {options.map((path) => (
            <Option key={path} value={path}>
              {path}
            </Option>
          ))}
        </Combobox>
      </Field>
      {agentError && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>The instances could not be read: {errorMessage(agentError)}</MessageBarBody>
          <MessageBarActions>
            <Button
              onClick={() => {
                void computers.refetch()
                for (const query of instanceQueries) if (query.isError) void query.refetch()
              }}
            >
              Retry
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </>
  )
}
