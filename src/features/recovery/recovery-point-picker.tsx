// The selected database's recovery points: the calendar (days with points in bold), the recovery times of
// the chosen day, and Latest; Recover opens the wizard at the chosen point.
import { Button, makeStyles, Radio, RadioGroup, Text, tokens } from '@fluentui/react-components'
import { useState } from 'react'
import type { DataSource } from '../../domain/protection/protection'
import type { RecoveryPoint } from '../../domain/protection/recovery-points'
import {
  dayKey,
  latestRecoveryTime,
  type RecoveryPointChoice,
  recoveryDays,
  recoveryPointsOnDay,
} from '../../domain/recovery/recovery'
import { formatSimTime } from '../ui/format'
import { RecoveryCalendar } from './recovery-calendar'

const useStyles = makeStyles({
  root: { display: 'flex', gap: tokens.spacingHorizontalXXL, flexWrap: 'wrap', alignItems: 'flex-start' },
  times: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: '260px' },
  // A day of 15-minute synchronizations holds almost a hundred recovery times.
  timeList: { maxHeight: '300px', overflowY: 'auto' },
})

const LATEST = 'latest'

interface Props {
  dataSource: DataSource
  /** This data source's points, oldest first. */
  points: readonly RecoveryPoint[]
  onRecover: (point: RecoveryPointChoice) => void
}

export function RecoveryPointPicker({ dataSource, points, onRecover }: Props) {
  const styles = useStyles()
  const days = recoveryDays(points)
  const latest = latestRecoveryTime(dataSource, points)
  const [day, setDay] = useState(days[days.length - 1])
  const [choice, setChoice] = useState<string>(LATEST)
  if (latest === undefined) {
    return (
      <Text as="p">
        No recovery points yet. DPM creates them at the express full backups of the protection group's
        schedule.
      </Text>
    )
  }
  const shownDay = day && days.includes(day) ? day : days[days.length - 1]
  const times = shownDay ? recoveryPointsOnDay(points, shownDay) : []
  const chosen: RecoveryPointChoice =
    choice === LATEST || !points.some((p) => String(p.at) === choice)
      ? { kind: 'latest', at: latest }
      : { kind: 'point', at: Number(choice) }
  return (
    <div className={styles.root}>
      <RecoveryCalendar
        days={days}
        selectedDay={shownDay}
        onSelectDay={(picked) => {
          setDay(picked)
          const first = recoveryPointsOnDay(points, picked)[0]
          if (first) setChoice(String(first.at))
        }}
      />
      <div className={styles.times}>
        <RadioGroup
          className={styles.timeList}
          aria-label="Recovery time"
          value={chosen.kind === 'latest' ? LATEST : String(chosen.at)}
          onChange={(_, data) => {
            setChoice(data.value)
            if (data.value !== LATEST) setDay(dayKey(Number(data.value)))
          }}
        >
          <Radio value={LATEST} label={`Latest (${formatSimTime(latest)})`} />
          {times.map((point) => (
            <Radio key={point.at} value={String(point.at)} label={formatSimTime(point.at)} />
          ))}
        </RadioGroup>
        <Text size={200}>
          {points.length} recovery {points.length === 1 ? 'point' : 'points'} from{' '}
          {formatSimTime(points[0]?.at ?? latest)}
        </Text>
        <div>
          <Button appearance="primary" onClick={() => onRecover(chosen)}>
            Recover
          </Button>
        </div>
      </div>
    </div>
  )
}
