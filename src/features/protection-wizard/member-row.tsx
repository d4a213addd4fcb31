// The content of one Available members row: a checkbox named by the item's text where the item can be
// selected, and the reason as visible text where it cannot.
// Built from plain elements in Fluent's look (a CSS module over its theme's variables), not Fluent's
// Checkbox, Badge and Text: those are several components, hooks and slots each, and mounting a screenful of
// rows (Next, expand, the search result) cost React most of the interaction. A native checkbox keeps the role,
// the name (its label), the checked, mixed and disabled states, and the click; the row stays the keyboard
// control (the tree's onKeyDown). The buttons a few rows show (Retry, Install agent) stay Fluent's.
import { Button } from '@fluentui/react-components'
import { memo } from 'react'
import type { DatabaseClassification } from '../../domain/protection/protectability'
import styles from './member-row.module.css'
import { ALL_SQL_SERVERS, type MemberTreeRow } from './member-tree-rows'

export interface MemberRowProps {
  row: MemberTreeRow
  /** The row has the tree's tab stop: its own buttons join the tab order. */
  focused: boolean
  checked: boolean | 'mixed'
  classification?: DatabaseClassification
  groupName?: string
  autoProtected?: boolean
  onExpand: (row: MemberTreeRow, expanded: boolean) => void
  onCheck: (row: MemberTreeRow, checked: boolean) => void
  onRetry: (server: string) => void
  onInstallAgent: (computers: string[]) => void
}

/**
 * Renders again only when what it shows changes: checking a database or moving the focus renders that row, not
 * every row in view (the callbacks must be stable for that: members-page.tsx). The rows are rebuilt whole on
 * every expand or search, so a row compares by its fields, not by its object: only the rows in view compare,
 * where keeping the unchanged objects across a rebuild cost a pass over every row (10,000 servers).
 */
export const MemberRow = memo(MemberRowContent, (before, after) => {
  const keys = Object.keys(after) as (keyof MemberRowProps)[]
  return keys.every((key) => (key === 'row' ? sameRow(before.row, after.row) : before[key] === after[key]))
})

function sameRow(a: MemberTreeRow, b: MemberTreeRow): boolean {
  if (a === b) return true
  const keys = Object.keys(a) as (keyof MemberTreeRow)[]
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key])
}

function MemberRowContent(props: MemberRowProps) {
  const { row, focused } = props
  const buttonTab = focused ? 0 : -1
  switch (row.kind) {
    case 'note':
      return (
        <>
          <span className={styles.spacer} />
          <span className={styles.note}>{row.text}</span>
        </>
      )
    case 'server': {
      const cluster = row.server.cluster
      return (
        <>
          <Chevron row={row} expanded={row.expanded} onExpand={props.onExpand} />
          <span className={styles.name}>{row.server.name}</span>
          {cluster && (
            <span className={styles.detail}>
              Failover cluster {cluster.name}, nodes {cluster.nodes.join(', ')}
            </span>
          )}
          {row.load?.status === 'error' && (
            <>
              <span className={styles.reason}>
                Could not read the SQL Server instances: {row.load.message}
              </span>
              <Button size="small" tabIndex={buttonTab} onClick={() => props.onRetry(row.server.name)}>
                Retry
              </Button>
            </>
          )}
        </>
      )
    }
    case 'sql-servers':
      return (
        <>
          <Chevron row={row} expanded={row.expanded} onExpand={props.onExpand} />
          <span>{ALL_SQL_SERVERS}</span>
        </>
      )
    case 'instance':
      return (
        <>
          <Chevron row={row} expanded={row.expanded} onExpand={props.onExpand} />
          <CheckBox
            label={row.path}
            checked={props.checked}
            onChange={(checked) => props.onCheck(row, checked)}
          />
          {props.autoProtected && <span className={styles.detail}>Auto protection on</span>}
        </>
      )
    case 'availability-group':
      return (
        <>
          <Chevron row={row} expanded={row.expanded} onExpand={props.onExpand} />
          <span className={styles.name}>{row.group.name}</span>
          <span className={styles.detail}>Availability group, listener {row.group.listener}</span>
        </>
      )
    case 'database':
      return <DatabaseRowContent {...props} row={row} buttonTab={buttonTab} />
  }
}

function Chevron({
  row,
  expanded,
  onExpand,
}: {
  row: MemberTreeRow
  expanded: boolean
  onExpand: MemberRowProps['onExpand']
}) {
  return (
    // The row itself is the keyboard control (Right/Left); the chevron is for the mouse.
    <span
      aria-hidden="true"
      className={expanded ? `${styles.chevron} ${styles.open}` : styles.chevron}
      onClick={() => onExpand(row, !expanded)}
    />
  )
}

/** A checkbox named by its label, out of the tab order (the row has the tab stop). */
function CheckBox({
  label,
  checked,
  disabled = false,
  onChange,
}: {
  label: string
  checked: boolean | 'mixed'
  disabled?: boolean
  onChange: (checked: boolean) => void
}) {
  const mixed = checked === 'mixed'
  return (
    <label className={disabled ? `${styles.check} ${styles.disabled}` : styles.check}>
      <input
        type="checkbox"
        tabIndex={-1}
        checked={checked === true}
        disabled={disabled}
        // Mixed exists only as the element's property (an instance with some of its databases selected).
        ref={(input) => {
          if (input) input.indeterminate = mixed
        }}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      {label}
    </label>
  )
}

function Badge({ tone, children }: { tone: 'brand' | 'informative'; children: string }) {
  return <span className={`${styles.badge} ${styles[tone]}`}>{children}</span>
}

function DatabaseRowContent({
  row,
  checked,
  classification,
  groupName,
  onCheck,
  onInstallAgent,
  buttonTab,
}: MemberRowProps & { row: Extract<MemberTreeRow, { kind: 'database' }>; buttonTab: number }) {
  const status = classification?.status
  const selectable = status?.kind === 'selectable'
  // A replica's copy under its node says which it is; the group's row under the cluster names none.
  const ownCopy = row.path === row.facts.path
  return (
    <>
      <span className={styles.spacer} />
      <CheckBox
        label={row.facts.name}
        checked={status?.kind === 'protected' ? true : checked}
        disabled={!selectable}
        onChange={(value) => onCheck(row, value)}
      />
      {classification?.role === 'principal' && <Badge tone="brand">Principal</Badge>}
      {classification?.role === 'mirror' && <Badge tone="informative">Mirror</Badge>}
      {ownCopy && classification?.role === 'primary-replica' && <Badge tone="brand">Primary replica</Badge>}
      {ownCopy && classification?.role === 'secondary-replica' && (
        <Badge tone="informative">Secondary replica</Badge>
      )}
      {selectable && classification?.availability?.choice.kind === 'none' && (
        <span className={styles.warning}>
          No replica can be backed up now: see Availability group details.
        </span>
      )}
      {status?.kind === 'protected' && (
        <span className={styles.protected}>Protected in protection group {groupName ?? status.groupId}</span>
      )}
      {status?.kind === 'blocked' && <span className={styles.reason}>{status.reason.message}</span>}
      {status?.kind === 'blocked' && status.reason.code === 'missing-agent' && (
        <Button
          size="small"
          tabIndex={buttonTab}
          onClick={() => status.reason.code === 'missing-agent' && onInstallAgent(status.reason.computers)}
        >
          Install agent
        </Button>
      )}
    </>
  )
}
