import { Button, Select, Text } from '@fluentui/react-components'
import { useState } from 'react'
import { useStore } from 'zustand'
import { nextJobTime } from '../../domain/engine/next-job'
import { advanceClock, runUntil } from '../../dpm/scheduler'
import { getServer } from '../../dpm/server-store'
import { useServer } from '../../dpm/use-server'
import { CLOCK_SPEEDS, type ClockSpeed, clockStore, setClockMode, simNow } from '../../sim-clock/clock'
import { ActionToolbar } from '../ui/action-toolbar'
import { formatSimTime } from '../ui/format'

const STEPS = [
  { label: '+15 min', minutes: 15 },
  { label: '+30 min', minutes: 30 },
  { label: '+1 h', minutes: 60 },
  { label: '+1 day', minutes: 1440 },
] as const

/**
 * Runs the clock to the next job's start (or a running job's end); says so when nothing is planned. As any
 * advance, at most a simulated year (the scheduler refuses more).
 */
async function runToNextJob(signal: AbortSignal): Promise<void> {
  const next = nextJobTime(getServer(), simNow())
  if (next === undefined) throw new Error('No job is scheduled: protect a database first.')
  await runUntil(next, signal)
}

/** Pause or run the simulated clock, or jump it forward: every job that falls due runs in order. */
export function ClockControls({
  run,
  busy,
}: {
  run: (action: () => Promise<unknown>) => void
  busy: boolean
}) {
  const { now, mode, speed } = useStore(clockStore)
  const jobs = useServer((state) => state.jobs)
  const groups = useServer((state) => state.groups)
  const next = nextJobTime({ jobs, groups }, now)
  // The advance under way, which Stop ends after the simulated day it is in.
  const [advancing, setAdvancing] = useState<AbortController>()
  const advance = (move: (signal: AbortSignal) => Promise<void>) => {
    const stop = new AbortController()
    setAdvancing(stop)
    run(() => move(stop.signal).finally(() => setAdvancing(undefined)))
  }
  return (
    <>
      <ActionToolbar label="Clock" wrap>
        <Button onClick={() => setClockMode(mode === 'running' ? 'manual' : 'running')}>
          {mode === 'running' ? 'Pause clock' : 'Run clock'}
        </Button>
        {/* A native select: Fluent's Dropdown brings focus sentinels that axe reports (aria-hidden-focus). */}
        <Select
          aria-label="Clock speed"
          value={String(speed)}
          onChange={(_, data) => setClockMode(mode, Number(data.value) as ClockSpeed)}
        >
          {CLOCK_SPEEDS.map((s) => (
            <option key={s} value={String(s)}>{`${s}x`}</option>
          ))}
        </Select>
        {STEPS.map((step) => (
          <Button
            key={step.label}
            disabled={busy}
            onClick={() => advance((signal) => advanceClock(step.minutes, signal))}
          >
            {step.label}
          </Button>
        ))}
        <Button disabled={busy || next === undefined} onClick={() => advance(runToNextJob)}>
          Run to the next job
        </Button>
        {advancing && <Button onClick={() => advancing.abort()}>Stop</Button>}
      </ActionToolbar>
      <Text size={200} data-testid="lab-next-job">
        {next === undefined ? 'No job is scheduled.' : `Next job: ${formatSimTime(next)}`}
      </Text>
    </>
  )
}
