// Disk utilization: replica and recovery point space of each protection group over the period, against the
// space allocated to it and the storage pool.
import { Field, makeStyles, Select, tokens } from '@fluentui/react-components'
import { useMemo, useState } from 'react'
import { storagePool } from '../../domain/protection/disk-sizing'
import type { DiskSnapshot } from '../../domain/protection/protection'
import { poolShare } from '../../domain/reports/reports-disk'
import { formatUtc } from '../../domain/world/time'
import { formatMegabytes } from '../ui/format'
import { BarChart } from './bar-chart'
import { ChartPanel } from './chart-panel'
import { ReportGrid } from './report-grid'
import { ReportHeader } from './report-header'
import { diskGroupNames, diskTotals, diskUtilization, diskUtilizationTable } from './reports-disk-utilization'
import type { ReportData } from './use-report-data'

const ALL_GROUPS = ''
const WIDTHS = ['1.4fr', '1.4fr', '1fr', '1fr', '1fr', '1fr']

const useStyles = makeStyles({ filter: { maxWidth: '320px', marginBottom: tokens.spacingVerticalS } })

const onlyGroup = (snapshots: readonly DiskSnapshot[], name: string): DiskSnapshot[] =>
  name === ALL_GROUPS
    ? snapshots.slice()
    : snapshots.map(({ at, groups }) => ({ at, groups: groups.filter((usage) => usage.groupName === name) }))

export function DiskUtilizationReport({ state, range }: ReportData) {
  const styles = useStyles()
  const [groupName, setGroupName] = useState(ALL_GROUPS)
  const snapshots = useMemo(() => diskUtilization(state, range), [state, range])
  const names = diskGroupNames(snapshots)
  // A group that left the period (or was deleted) falls back to all groups.
  const selected = names.includes(groupName) ? groupName : ALL_GROUPS
  const shown = useMemo(() => onlyGroup(snapshots, selected), [snapshots, selected])
  const totals = diskTotals(shown)
  const pool = useMemo(() => storagePool(state), [state])
  const table = useMemo(() => diskUtilizationTable(shown, pool.totalMb), [shown, pool.totalMb])
  const now = totals.at(-1)
  const label = selected === ALL_GROUPS ? 'All protection groups' : selected
  return (
    <>
      <ReportHeader title="Disk utilization" range={range} csv={() => table} />
      <Field label="Protection group" className={styles.filter}>
        <Select value={selected} onChange={(_, data) => setGroupName(data.value)}>
          <option value={ALL_GROUPS}>All protection groups</option>
          {names.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      {now && (
        <p>
          {label}: {formatMegabytes(now.replicaMb)} replica space and {formatMegabytes(now.recoveryPointMb)}{' '}
          recovery point space of {formatMegabytes(now.allocatedMb)} allocated;{' '}
          {poolShare(now, pool.totalMb).toFixed(3)} % of the storage pool ({formatMegabytes(pool.totalMb)}).
        </p>
      )}
      {now && (
        <p>
          Free Storage: {formatMegabytes(pool.freeMb)} of {formatMegabytes(pool.totalMb)} (retained replicas
          of Inactive protection keep their space until removed).
        </p>
      )}
      <ChartPanel
        title="Disk utilization over time"
        chart={
          <BarChart
            summary={`${label}: replica and recovery point space at each midnight of the period and now, against the allocated space.`}
            categories={totals.map((t, i) =>
              i === totals.length - 1 ? 'now' : formatUtc(t.at).slice(5, 10),
            )}
            stacks={[
              {
                name: 'Replica space',
                color: tokens.colorPaletteBlueBorderActive,
                values: totals.map((t) => t.replicaMb),
              },
              {
                name: 'Recovery point space',
                color: tokens.colorPaletteLightTealBackground2,
                values: totals.map((t) => t.recoveryPointMb),
              },
            ]}
            line={{
              name: 'Allocated space',
              color: tokens.colorPaletteDarkOrangeBorderActive,
              values: totals.map((t) => t.allocatedMb),
            }}
            formatValue={formatMegabytes}
          />
        }
        table={
          <ReportGrid
            label="Disk utilization over time"
            table={table}
            widths={WIDTHS}
            emptyText="No protected data sources."
          />
        }
      />
    </>
  )
}
