import { Button, Dropdown, Option, Toolbar } from '@fluentui/react-components'
import { useStore } from 'zustand'
import { advanceClock } from '../../dpm/scheduler'
import { CLOCK_SPEEDS, type ClockSpeed, clockStore, setClockMode } from '../../sim-clock/clock'

const STEPS = [
  { label: '+15 min', minutes: 15 },
  { label: '+30 min', minutes: 30 },
  { label: '+1 h', minutes: 60 },
  { label: '+1 day', minutes: 1440 },
] as const

/** Pause or run the simulated clock, or jump it forward: every job that falls due runs in order. */
export function ClockControls({
  run,
  busy,
}: {
  run: (action: () => Promise<unknown>) => void
  busy: boolean
}) {
  const { mode, speed } = useStore(clockStore)
  return (
    <Toolbar aria-label="Clock">
      <Button onClick={() => setClockMode(mode === 'running' ? 'manual' : 'running')}>
        {mode === 'running' ? 'Pause clock' : 'Run clock'}
      </Button>
      <Dropdown
        aria-label="Clock speed"
        value={`${speed}x`}
        selectedOptions={[String(speed)]}
        onOptionSelect={(_, data) => setClockMode(mode, Number(data.optionValue) as ClockSpeed)}
        style={{ minWidth: 90 }}
      >
        {CLOCK_SPEEDS.map((s) => (
          <Option key={s} value={String(s)}>{`${s}x`}</Option>
        ))}
      </Dropdown>
      {STEPS.map((step) => (
        <Button key={step.label} disabled={busy} onClick={() => run(() => advanceClock(step.minutes))}>
          {step.label}
        </Button>
      ))}
    </Toolbar>
  )
}
