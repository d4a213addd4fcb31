import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components'
import { useId, useState } from 'react'
import { formatExpressFullSchedule, formatSyncFrequency } from '../../domain/protection/short-term-goals'
import type { WizardDraft } from '../../dpm/protection-wizard-store'
import { formatSimTime } from '../ui/format'
import { groupSpecOf } from './page-validation'
import { buildProtectionGroupScript } from './powershell-script'

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  script: {
    maxHeight: '260px',
    overflow: 'auto',
    margin: 0,
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground3,
    fontSize: tokens.fontSizeBase200,
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
})

export function SummaryPage({ draft, commitError }: { draft: WizardDraft; commitError?: string }) {
  const styles = useStyles()
  const [showScript, setShowScript] = useState(false)
  const [copied, setCopied] = useState<string>()
  const scriptId = useId()
  const spec = groupSpecOf(draft)
  const { policy } = spec
  const kept = new Set(spec.members.map((m) => m.path))
  const removed = (draft.original?.members ?? []).filter((path) => !kept.has(path))
  const script = buildProtectionGroupScript({
    mode: draft.target.mode,
    name: spec.name,
    originalName: draft.original?.name,
    members: spec.members,
    removed,
    autoProtectInstances: spec.autoProtectInstances,
    policy,
  })
  const creation = policy.replicaCreation
  const copy = () =>
    navigator.clipboard
      .writeText(script)
      .then(() => setCopied('The script was copied to the clipboard.'))
      .catch(() => setCopied('The browser did not allow copying: select the script and copy it.'))
  return (
    <div className={styles.page}>
      {commitError && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              The protection group was not {draft.target.mode === 'modify' ? 'changed' : 'created'}
            </MessageBarTitle>
            {commitError}
          </MessageBarBody>
        </MessageBar>
      )}
      <Text>
        DPM will {draft.target.mode === 'modify' ? 'change' : 'create'} the protection group with these
        settings.
      </Text>
      <dl className={styles.facts}>
        <dt>Protection group name</dt>
        <dd>{spec.name}</dd>
        <dt>Protection method</dt>
        <dd>Short-term protection using Disk</dd>
        <dt>Members</dt>
        <dd>
          <ul className={styles.list}>
            {spec.members.map((member) => (
              <li key={member.path}>
                {member.path}
                {member.mirror && ` (mirrored with ${member.mirror.partners[1]})`}
              </li>
            ))}
          </ul>
        </dd>
        {removed.length > 0 && (
          <>
            <dt>Removed (replicas retained)</dt>
            <dd>{removed.join(', ')}</dd>
          </>
        )}
        <dt>Auto protection</dt>
        <dd>{spec.autoProtectInstances.length > 0 ? spec.autoProtectInstances.join(', ') : 'Off'}</dd>
        <dt>Retention range</dt>
        <dd>{policy.retentionDays} days</dd>
        <dt>Synchronization frequency</dt>
        <dd>{formatSyncFrequency(policy.syncFrequency)}</dd>
        <dt>Express Full Backup</dt>
        <dd>{formatExpressFullSchedule(policy.expressFull)}</dd>
        <dt>Automatically grow the volumes</dt>
        <dd>{policy.autoGrow ? 'Yes' : 'No'}</dd>
        <dt>Replica creation method</dt>
        <dd>
          {creation.method === 'now' && 'Automatically over the network, now'}
          {creation.method === 'later' &&
            `Automatically over the network, later: ${formatSimTime(creation.at)}`}
          {creation.method === 'manual' && 'Manually'}
        </dd>
        <dt>Consistency check</dt>
        <dd>
          {policy.consistencyCheck.onInconsistent ? 'If a replica becomes inconsistent' : 'Not automatic'}
          {policy.consistencyCheck.daily &&
            `; daily at ${policy.consistencyCheck.daily.start} UTC for at most ${policy.consistencyCheck.daily.maxDurationHours} hours`}
        </dd>
      </dl>
      <div className={styles.row}>
        <Button
          aria-expanded={showScript}
          aria-controls={scriptId}
          onClick={() => setShowScript(!showScript)}
        >
          View script
        </Button>
        {showScript && <Button onClick={copy}>Copy script</Button>}
        <span role="status">{copied}</span>
      </div>
      {showScript && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable script must be reachable by keyboard (WCAG 2.1.1)
        <pre id={scriptId} className={styles.script} tabIndex={0}>
          <code>{script}</code>
        </pre>
      )}
    </div>
  )
}
