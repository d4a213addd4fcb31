// The content of one Available members row: a checkbox named by the item's text where the item can be
// selected, and the reason as visible text where it cannot.
import { Badge, Button, Checkbox, makeStyles, Text, tokens } from '@fluentui/react-components'
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons'
import { memo } from 'react'
import type { DatabaseClassification } from '../../domain/protection/protectability'
import { ALL_SQL_SERVERS, type MemberTreeRow } from './member-tree-rows'

const useStyles = makeStyles({
  chevron: { display: 'inline-flex', cursor: 'pointer', width: '20px', flexShrink: 0 },
  spacer: { display: 'inline-block', width: '20px', flexShrink: 0 },
  detail: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  reason: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, fontSize: tokens.fontSizeBase200 },
  protected: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  note: { fontStyle: 'italic', color: tokens.colorNeutralForeground3 },
  name: { whiteSpace: 'nowrap' },
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
          <Text className={styles.note}>{row.text}</Text>
        </>
      )
    case 'server': {
      const cluster = row.server.cluster
      return (
        <>
          <Chevron row={row} expanded={row.expanded} onExpand={props.onExpand} />
          <Text weight="semibold" className={styles.name}>
            {row.server.name}
          </Text>
          {cluster && (
            <Text className={styles.detail}>
              Failover cluster {cluster.name}, nodes {cluster.nodes.join(', ')}
            </Text>
          )}
          {row.load?.status === 'error' && (
            <>
              <Text className={styles.reason}>
                Could not read the SQL Server instances: {row.load.message}
              </Text>
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
          <Text>{ALL_SQL_SERVERS}</Text>
        </>
      )
    case 'instance':
      return (
        <>
          <Chevron row={row} expanded={row.expanded} onExpand={props.onExpand} />
          <Checkbox
            label={row.path}
            checked={props.checked}
            input={{ tabIndex: -1 }}
            onChange={(_, data) => props.onCheck(row, data.checked === true)}
          />
          {props.autoProtected && <Text className={styles.detail}>Auto protection on</Text>}
        </>
      )
    case 'availability-group':
      return (
        <>
          <Chevron row={row} expanded={row.expanded} onExpand={props.onExpand} />
          <Text weight="semibold" className={styles.name}>
            {row.group.name}
          </Text>
          <Text className={styles.detail}>Availability group, listener {row.group.listener}</Text>
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
    <span aria-hidden="true" className={styles.chevron} onClick={() => onExpand(row, !expanded)}>
      {expanded ? <ChevronDownRegular /> : <ChevronRightRegular />}
    </span>
  )
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
  return (
    <>
      <span className={styles.spacer} />
      <Checkbox
        label={row.facts.name}
        checked={status?.kind === 'protected' ? true : checked}
        disabled={!selectable}
        input={{ tabIndex: -1 }}
        onChange={(_, data) => onCheck(row, data.checked === true)}
      />
      {classification?.role === 'principal' && (
        <Badge appearance="tint" color="brand">
          Principal
        </Badge>
      )}
      {classification?.role === 'mirror' && (
        <Badge appearance="tint" color="informative">
          Mirror
        </Badge>
      )}
      {/* A replica's copy under its node says which it is; the group's row under the cluster names none. */}
      {row.path === row.facts.path && classification?.role === 'primary-replica' && (
        <Badge appearance="tint" color="brand">
          Primary replica
        </Badge>
      )}
      {row.path === row.facts.path && classification?.role === 'secondary-replica' && (
        <Badge appearance="tint" color="informative">
          Secondary replica
        </Badge>
      )}
      {selectable && classification?.availability?.choice.kind === 'none' && (
        <Text className={styles.warning}>
          No replica can be backed up now: see Availability group details.
        </Text>
      )}
      {status?.kind === 'protected' && (
        <Text className={styles.protected}>Protected in protection group {groupName ?? status.groupId}</Text>
      )}
      {status?.kind === 'blocked' && <Text className={styles.reason}>{status.reason.message}</Text>}
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
