// Management > Disks: DPM's storage pool, each disk with its space and the volumes on it (a replica volume and
// a recovery point volume per data source, retained replicas of Inactive protection included). The figures are
// the wizard's and the disk utilization report's (domain/disk-sizing, domain/storage-pool).
import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components'
import { useMemo, useState } from 'react'
import { storagePool } from '../../domain/protection/disk-sizing'
import type { StorageDisk } from '../../domain/protection/protection'
import { addDisksToPool, availableDisks, poolUse, VOLUME_LABELS } from '../../domain/protection/storage-pool'
import { updateServer } from '../../dpm/server-store'
import { useServer } from '../../dpm/use-server'
import { ActionToolbar } from '../ui/action-toolbar'
import { type Fact, FactList } from '../ui/fact-list'
import { formatMegabytes } from '../ui/format'
import { AddDisksDialog } from './add-disks-dialog'
import { useFoundDisks } from './disks-queries'

export function DisksView() {
  const server = useServer((state) => state)
  const pool = useMemo(() => storagePool(server), [server])
  const use = useMemo(() => poolUse(server), [server])
  const found = useFoundDisks()
  const [adding, setAdding] = useState(false)
  const [rescanned, setRescanned] = useState<string>()
  const [addError, setAddError] = useState<string>()
  const available = availableDisks(server, found.data ?? [])

  const rescan = async () => {
    setRescanned(undefined)
    const result = await found.refetch()
    if (result.data) {
      const notInPool = availableDisks(server, result.data).length
      setRescanned(
        `Rescan found ${result.data.length} disks attached to the DPM server; ${notInPool} not in the storage pool.`,
      )
    }
  }
  const add = (disks: StorageDisk[]) => {
    setAdding(false)
    try {
      updateServer((state) => addDisksToPool(state, disks))
      setAddError(undefined)
    } catch (error) {
      setAddError(error instanceof Error ? error.message : String(error))
    }
  }

  return (
    <section aria-label="Disks">
      <ActionToolbar label="Disk actions">
        <Button disabled={!found.data} onClick={() => setAdding(true)}>
          Add
        </Button>
        <Button disabled={found.isFetching} onClick={rescan}>
          Rescan
        </Button>
      </ActionToolbar>
      {found.isFetching && <Spinner size="tiny" label="Scanning the DPM server's disks..." />}
      {found.isError && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>The disks could not be read: {found.error.message}</MessageBarBody>
        </MessageBar>
      )}
      {addError && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{addError}</MessageBarBody>
        </MessageBar>
      )}
      <p role="status">{rescanned}</p>
      <FactList
        facts={[
          ['Total Storage', formatMegabytes(pool.totalMb)],
          ['Used Storage', formatMegabytes(pool.totalMb - pool.freeMb)],
          ['Free Storage', formatMegabytes(pool.freeMb)],
          ...(use.unplacedMb > 0
            ? [['Underprovisioned Space', formatMegabytes(use.unplacedMb)] as Fact]
            : []),
        ]}
      />
      <Table aria-label="Disks" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Disk</TableHeaderCell>
            <TableHeaderCell>Total Capacity</TableHeaderCell>
            <TableHeaderCell>Used Space</TableHeaderCell>
            <TableHeaderCell>Free Space</TableHeaderCell>
            <TableHeaderCell>Data sources</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {use.disks.map(({ disk, usedMb, freeMb, volumes }) => (
            <TableRow key={disk.name} data-testid={`disk:${disk.name}`}>
              <TableCell>{disk.name}</TableCell>
              <TableCell>{formatMegabytes(disk.sizeMb)}</TableCell>
              <TableCell>{formatMegabytes(usedMb)}</TableCell>
              <TableCell>{formatMegabytes(freeMb)}</TableCell>
              <TableCell>{new Set(volumes.map((volume) => volume.dataSourceId)).size}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <h3>Volumes</h3>
      <Table aria-label="Volumes" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Disk</TableHeaderCell>
            <TableHeaderCell>Data source</TableHeaderCell>
            <TableHeaderCell>Protection group</TableHeaderCell>
            <TableHeaderCell>Volume</TableHeaderCell>
            <TableHeaderCell>Size</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {use.disks.flatMap(({ disk, volumes }) =>
            volumes.map((volume) => (
              <TableRow
                key={`${disk.name}:${volume.dataSourceId}:${volume.kind}`}
                data-testid={`volume:${disk.name}:${volume.path}:${volume.kind}`}
              >
                <TableCell>{disk.name}</TableCell>
                <TableCell>{volume.path}</TableCell>
                <TableCell>{volume.groupName}</TableCell>
                <TableCell>{VOLUME_LABELS[volume.kind]}</TableCell>
                <TableCell>{formatMegabytes(volume.mb)}</TableCell>
              </TableRow>
            )),
          )}
        </TableBody>
      </Table>
      {adding && <AddDisksDialog available={available} onAdd={add} onCancel={() => setAdding(false)} />}
    </section>
  )
}
