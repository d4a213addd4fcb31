// What Mirror details and Availability group details share: the framed region with its heading and facts
// list, and the words for an agent's status.
import { makeStyles, tokens } from '@fluentui/react-components'
import type { AgentStatus } from '../../domain/estate/estate'

export const useDetailsRegionStyles = makeStyles({
  region: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: tokens.spacingVerticalS,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300 },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    '& dd': { margin: 0, overflowWrap: 'anywhere' },
  },
  problem: { color: tokens.colorPaletteRedForeground1 },
})

export const AGENT_LABELS: Record<AgentStatus, string> = {
  OK: 'OK',
  NotInstalled: 'Not installed',
  Unreachable: 'Unreachable',
}
