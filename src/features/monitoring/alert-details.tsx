// The "Alert details" pane: what happened, DPM's resolution, and the recommended actions as buttons that do
// what they say.
import { Button } from '@fluentui/react-components'
import {
  ALERT_RESOLUTIONS,
  backupToRetry,
  RECOMMENDED_ACTION_LABELS,
  type RecommendedAction,
  recommendedActions,
} from '../../domain/engine/alert-actions'
import type { Alert } from '../../domain/protection/protection'
import { loadProtectionActions } from '../../dpm/load-protection-actions'
import { openProtectionWizard } from '../../dpm/protection-wizard-store'
import { getServer } from '../../dpm/server-store'
import { useServer } from '../../dpm/use-server'
import { AdminActionError } from '../ui/admin-action-error'
import { DetailsPane } from '../ui/details-pane'
import { type Fact, FactList } from '../ui/fact-list'
import { formatSimTime } from '../ui/format'
import { useAdminAction } from '../ui/use-admin-action'
import styles from './monitoring.module.css'

/** What each recommended action really does, through the DPM server's admin actions. */
async function perform(action: RecommendedAction, dataSourceId: string): Promise<void> {
  const actions = await loadProtectionActions()
  switch (action) {
    case 'run-consistency-check':
      return actions.runConsistencyCheck(dataSourceId)
    case 'retry-backup':
      return actions.createRecoveryPoint(dataSourceId, backupToRetry(getServer().jobs, dataSourceId))
    case 'stop-and-reprotect':
      // S4, S5, S8: remove protection retaining the backup data, then protect again with the wizard.
      // The wizard opens with the database selected.
      await actions.stopProtectionOf([dataSourceId], 'retain')
      openProtectionWizard({ mode: 'create' }, getServer().dataSources[dataSourceId]?.path)
  }
}

export function AlertDetails({ alert }: { alert: Alert }) {
  const dataSource = useServer((state) =>
    alert.dataSourceId ? state.dataSources[alert.dataSourceId] : undefined,
  )
  const action = useAdminAction()
  const actions = recommendedActions(alert, dataSource)
  const active = alert.inactiveAt === undefined

  const facts: Fact[] = [
    ['Severity', alert.severity],
    ['Status', active ? 'Active' : 'Inactive'],
    ['Data source', alert.source],
    ['Computer', alert.computer],
    ['Protection group', alert.groupName || 'None'],
    ['Time raised', formatSimTime(alert.raisedAt)],
    [
      'Last occurred',
      `${formatSimTime(alert.lastSeenAt)} (${alert.occurrences} ${alert.occurrences === 1 ? 'time' : 'times'})`,
    ],
  ]
  if (alert.inactiveAt !== undefined) facts.push(['Inactive since', formatSimTime(alert.inactiveAt)])

  return (
    <DetailsPane label="Alert details" heading={alert.title}>
      <FactList facts={facts} />
      <h3 className={styles.subheading}>Description</h3>
      <p className={styles.text}>{alert.description}</p>
      <h3 className={styles.subheading}>Resolution</h3>
      <p className={styles.text}>{ALERT_RESOLUTIONS[alert.type]}</p>
      <h3 className={styles.subheading}>Recommended actions</h3>
      <div className={styles.actions}>
        {actions.map((recommended) => (
          <Button
            key={recommended}
            appearance="primary"
            disabled={action.pending}
            onClick={() =>
              dataSource &&
              void action.run(RECOMMENDED_ACTION_LABELS[recommended], () =>
                perform(recommended, dataSource.id),
              )
            }
          >
            {RECOMMENDED_ACTION_LABELS[recommended]}
          </Button>
        ))}
        {active && (
          <Button
            disabled={action.pending}
            onClick={() =>
              void action.run('Inactivate alert', async () =>
                (await loadProtectionActions()).inactivateAlert(alert.id),
              )
            }
          >
            Inactivate alert
          </Button>
        )}
      </div>
      <AdminActionError action={action} />
    </DetailsPane>
  )
}
