// Fault injection: latency on every agent request, a share of failing agent requests and backup jobs, and
// unreachable computers (the agent-unreachable alert). The status bar says so while any fault is on. Every
// field is checked as typed (the form opens valid); Apply faults sends nothing while one is wrong.
import { Button, Field, Input } from '@fluentui/react-components'
import { useMemo, useState } from 'react'
import type { Faults, LabEstate } from '../../agent-api/lab-schemas'
import { describeFaults, type FaultsForm, faultsFormAfter, faultsFormOf, parseFaultsForm } from './fault-view'
import { dpmLab } from './lab-controller'
import { LabFormOutcome, useLabFormStyles } from './lab-form-parts'
import { useLabAction } from './lab-queries'

export function FaultsSection({ estate }: { estate: LabEstate }) {
  const styles = useLabFormStyles()
  const [form, setForm] = useState<FaultsForm>(() => faultsFormOf(estate.faults))
  // When the faults in force change (window.dpmLab.faults while the panel is open), the form shows them,
  // unless it holds what the admin typed and has not applied yet.
  const [edited, setEdited] = useState(false)
  const [shown, setShown] = useState<Faults>(estate.faults)
  if (shown !== estate.faults) {
    setShown(estate.faults)
    setForm(faultsFormAfter(form, edited, estate.faults))
  }
  const knownHosts = useMemo(
    () =>
      new Set([
        ...estate.computers.map((computer) => computer.name.toLowerCase()),
        ...estate.clusters.flatMap((cluster) => cluster.virtualServers.map((name) => name.toLowerCase())),
      ]),
    [estate.computers, estate.clusters],
  )
  const apply = useLabAction()
  const change = (field: keyof FaultsForm) => (_: unknown, data: { value: string }) => {
    setEdited(true)
    setForm((current) => ({ ...current, [field]: data.value }))
  }
  const applyFaults = (faults: Faults) =>
    apply.mutate(() => dpmLab.faults(faults), { onSuccess: () => setEdited(false) })
  const parsed = parseFaultsForm(form, knownHosts)
  const errors = 'errors' in parsed ? parsed.errors : {}

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    if ('faults' in parsed) applyFaults(parsed.faults)
  }
  const clear = () => {
    setForm(faultsFormOf({}))
    applyFaults({})
  }

  return (
    <form className={styles.form} aria-label="Faults" onSubmit={submit}>
      <p data-testid="lab-faults">In force: {describeFaults(estate.faults) ?? 'no faults'}.</p>
      <div className={styles.row}>
        <Field label="Latency (ms)" validationMessage={errors.latencyMs}>
          <Input type="number" min={0} max={60000} value={form.latencyMs} onChange={change('latencyMs')} />
        </Field>
        <Field label="Error rate (%)" validationMessage={errors.errorRatePercent}>
          <Input
            type="number"
            min={0}
            max={100}
            value={form.errorRatePercent}
            onChange={change('errorRatePercent')}
          />
        </Field>
      </div>
      <Field
        label="Unreachable computers"
        hint="Computer or virtual server names, separated by commas."
        validationMessage={errors.unreachable}
      >
        <Input value={form.unreachable} onChange={change('unreachable')} />
      </Field>
      <div className={styles.actions}>
        <Button type="submit" disabled={apply.isPending}>
          Apply faults
        </Button>
        <Button disabled={apply.isPending} onClick={clear}>
          Clear faults
        </Button>
      </div>
      <LabFormOutcome error={apply.error?.message} />
    </form>
  )
}
