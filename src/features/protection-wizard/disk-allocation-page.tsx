import {
  Checkbox,
  MessageBar,
  MessageBarBody,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components'
import { useMemo } from 'react'
import { diskAllocation, storagePool } from '../../domain/protection/disk-sizing'
import { updateWizardDraft, type WizardDraft } from '../../dpm/protection-wizard-store'
import { useServer } from '../../dpm/use-server'
import { formatMegabytes } from '../ui/format'
import { groupSpecOf } from './page-validation'

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content max-content',
    columnGap: tokens.spacingHorizontalXL,
    margin: 0,
  },
  scroll: { maxHeight: '260px', overflowY: 'auto' },
  number: { textAlign: 'right' },
})

export function DiskAllocationPage({ draft }: { draft: WizardDraft }) {
  const styles = useStyles()
  const server = useServer((state) => state)
  const ignoreGroupId = draft.target.mode === 'modify' ? draft.target.groupId : undefined
  const pool = useMemo(() => storagePool(server, ignoreGroupId), [server, ignoreGroupId])
  const spec = groupSpecOf(draft)
  const allocation = diskAllocation(spec.members, spec.policy, pool)
  return (
    <div className={styles.page}>
      <dl className={styles.facts}>
        <dt>Total Data size</dt>
        <dd>{formatMegabytes(allocation.totalDataMb)}</dd>
        <dt>Disk space to be provisioned on DPM</dt>
        <dd>{formatMegabytes(allocation.toProvisionMb)}</dd>
      </dl>
      <div className={styles.scroll}>
        <Table aria-label="Disk allocation details" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Data source</TableHeaderCell>
              <TableHeaderCell>Data size</TableHeaderCell>
              <TableHeaderCell>Space to be Provisioned</TableHeaderCell>
              <TableHeaderCell>Target Storage Volume</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {allocation.rows.map((row) => (
              <TableRow key={row.path}>
                <TableCell>
                  {row.path}
                  {row.mirrorPartner && ` (mirrored with ${row.mirrorPartner}: one replica)`}
                </TableCell>
                <TableCell className={styles.number}>{formatMegabytes(row.dataSizeMb)}</TableCell>
                <TableCell className={styles.number}>{formatMegabytes(row.spaceToProvisionMb)}</TableCell>
                <TableCell>DPM storage pool</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <h4 style={{ margin: 0 }}>Available disk storage</h4>
      <dl className={styles.facts}>
        <dt>Total Storage</dt>
        <dd>{formatMegabytes(allocation.totalStorageMb)}</dd>
        <dt>Free Storage</dt>
        <dd>{formatMegabytes(allocation.freeStorageMb)}</dd>
        <dt>Underprovisioned Space</dt>
        <dd>{formatMegabytes(allocation.underprovisionedMb)}</dd>
      </dl>
      {allocation.underprovisionedMb > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            The storage pool cannot hold this protection group: it needs{' '}
            {formatMegabytes(allocation.underprovisionedMb)} more than the free storage. Add disks to the
            storage pool in Management &gt; Disks, or protect fewer data sources.
          </MessageBarBody>
        </MessageBar>
      )}
      <Checkbox
        label="Automatically grow the volumes"
        checked={draft.policy.autoGrow}
        onChange={(_, data) =>
          updateWizardDraft((d) => ({
            ...d,
            policy: { ...d.policy, autoGrow: data.checked === true },
            dirty: true,
          }))
        }
      />
    </div>
  )
}
