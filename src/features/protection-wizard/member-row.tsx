// The content of one Available members row: a checkbox named by the item's text where the item can be
// selected, and the reason as visible text where it cannot.
// Built from plain elements styled with Fluent's tokens, not Fluent's Checkbox, Badge and Text: those are
// several components, hooks and slots each, and mounting a screenful of rows (Next, expand, the search
// result) cost React most of the interaction. A native checkbox keeps the role, the name (its label), the
// checked, mixed and disabled states, and the click; the row stays the keyboard control (the tree's
// onKeyDown). The buttons a few rows show (Retry, Install agent) stay Fluent's.
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components'
import { memo } from 'react'
import type { DatabaseClassification } from '../../domain/protection/protectability'
import { ALL_SQL_SERVERS, type MemberTreeRow } from './member-tree-rows'

const useStyles = makeStyles({
  chevron: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    cursor: 'pointer',
    width: '20px',
    height: '20px',
    flexShrink: 0,
    // A chevron drawn by two borders: right-pointing, turned down when open.
    '::before': {
      content: '""',
      width: '6px',
      height: '6px',
      borderRight: `1px solid ${tokens.colorNeutralForeground1}`,
      borderBottom: `1px solid ${tokens.colorNeutralForeground1}`,
      transform: 'rotate(-45deg)',
    },
  },
  open: { '::before': { transform: 'rotate(45deg)' } },
  spacer: { display: 'inline-block', width: '20px', flexShrink: 0 },
  name: { whiteSpace: 'nowrap', fontWeight: tokens.fontWeightSemibold },
  detail: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  reason: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, fontSize: tokens.fontSizeBase200 },
  protected: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  note: { fontStyle: 'italic', color: tokens.colorNeutralForeground3 },
  check: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    cursor: 'pointer',
    color: tokens.colorNeutralForeground1,
  },
  box: {
    width: '16px',
    height: '16px',
    margin: 0,
    flexShrink: 0,
    cursor: 'inherit',
    accentColor: tokens.colorCompoundBrandBackground,
  },
  disabled: { cursor: 'default', color: tokens.colorNeutralForegroundDisabled },
  badge: {
    display: 'inline-flex',
    alignItems: 'center',
    height: '20px',
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusCircular,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
  },
  brand: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
  },
  informative: {
    backgroundColor: tokens.colorNeutralBackground4,
    color: tokens.colorNeutralForeground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
})

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
 * Renders again only when its own props change: checking a database or moving the focus renders that row, not
 * every row in view (the callbacks must be stable for that: members-page.tsx).
 */
export const MemberRow = memo(function MemberRow(props: MemberRowProps) {
  const styles = useStyles()
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
})

function Chevron({
  row,
  expanded,
  onExpand,
}: {
  row: MemberTreeRow
  expanded: boolean
  onExpand: MemberRowProps['onExpand']
}) {
  const styles = useStyles()
  return (
    // The row itself is the keyboard control (Right/Left); the chevron is for the mouse.
    <span
      aria-hidden="true"
      className={expanded ? mergeClasses(styles.chevron, styles.open) : styles.chevron}
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
  const styles = useStyles()
  const mixed = checked === 'mixed'
  return (
    <label className={disabled ? mergeClasses(styles.check, styles.disabled) : styles.check}>
      <input
        type="checkbox"
        className={styles.box}
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
  const styles = useStyles()
  return <span className={mergeClasses(styles.badge, styles[tone])}>{children}</span>
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
  const styles = useStyles()
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
