// The Protection tab's "Protection groups" tree grid: group rows, member rows (test id ds:PATH, PATH as
// protected: it stays the same when a mirror fails over) with their protection status.
import { tokens } from '@fluentui/react-components'
import { useMemo } from 'react'
import { type MemberStatusTone, memberStatus } from '../../domain/engine/member-status'
import { instancePathOf } from '../../domain/estate/estate'
import type { DataSource, Job } from '../../domain/protection/protection'
import { type GridColumn, VirtualTreeGrid } from '../ui/virtual-tree-grid'
import styles from './protection-grid.module.css'
import type { MembersIndex, ProtectionTreeRow } from './protection-tree-view'
import { statusText } from './status-text'

const COLUMNS: GridColumn[] = [
  { header: 'Protection group member', width: 'minmax(240px, 2fr)' },
  { header: 'Type', width: 'minmax(140px, 1fr)' },
  { header: 'Protection status', width: 'minmax(220px, 1.5fr)' },
  { header: 'Mirror', width: 'minmax(240px, 2fr)' },
]

const TONE_COLORS: Record<MemberStatusTone, string> = {
  ok: tokens.colorPaletteGreenForeground1,
  pending: tokens.colorPaletteBlueForeground2,
  warning: tokens.colorPaletteDarkOrangeForeground1,
  error: tokens.colorPaletteRedForeground1,
  inactive: tokens.colorNeutralForeground3,
}

type Row = ProtectionTreeRow & { level: number; expanded?: boolean; testId?: string }

interface Props {
  rows: ProtectionTreeRow[]
  index: MembersIndex
  running: Map<string, Job>
  selectedKey?: string
  onSelect: (key: string) => void
  onToggle: (groupId: string) => void
}

export function ProtectionGrid({ rows, index, running, selectedKey, onSelect, onToggle }: Props) {
  const gridRows = useMemo(
    () =>
      rows.map(
        (row): Row =>
          row.kind === 'group'
            ? { ...row, level: 1, expanded: row.expanded }
            : { ...row, level: 2, testId: `ds:${row.dataSource.path}` },
      ),
    [rows],
  )

  const statusCell = (tone: MemberStatusTone, text: string) => (
    <>
      <span aria-hidden className={styles.dot} style={{ backgroundColor: TONE_COLORS[tone] }} />
      <span>{text}</span>
    </>
  )

  return (
    <VirtualTreeGrid
      label="Protection groups"
      role="treegrid"
      columns={COLUMNS}
      rows={gridRows}
      selectedKey={selectedKey}
      onSelect={(row) => onSelect(row.key)}
      onToggle={(row) => onToggle(row.groupId)}
      emptyText="No protection groups. Select New to create one."
      renderCells={(row) => {
        if (row.kind === 'group') {
          const members = index.byGroup.get(row.groupId) ?? []
          const attention = members.filter((ds) => memberStatus(ds, running.get(ds.id)).tone !== 'ok').length
          const summary = `${members.length} ${members.length === 1 ? 'member' : 'members'}`
          return [
            row.name,
            'Protection group',
            attention === 0 ? summary : `${summary}, ${attention} not OK`,
            '',
          ]
        }
        const ds = row.dataSource
        const status = memberStatus(ds, running.get(ds.id))
        return [
          ds.path,
          ds.mirror ? 'SQL Server database (mirrored)' : 'SQL Server database',
          statusCell(status.tone, statusText(status)),
          mirrorText(ds),
        ]
      }}
    />
  )
}

/** Both partners and which one is principal now (the copy DPM backs up). */
function mirrorText(ds: DataSource): string {
  if (!ds.mirror) return ''
  const principal = ds.mirror.activePath
  const mirror = ds.mirror.partners.find((path) => path !== principal) ?? ds.mirror.partners[1]
  return `Principal: ${instancePathOf(principal)}; Mirror: ${instancePathOf(mirror)}`
}
