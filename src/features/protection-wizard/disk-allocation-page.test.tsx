// @vitest-environment jsdom
import { screen } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { EMPTY_SERVER_STATE, type MemberSpec } from '../../domain/protection/protection'
import { newDraft } from '../../dpm/protection-wizard-store'
import { serverStore } from '../../dpm/server-store'
import { renderWithProviders } from '../../test/render-with-providers'
import { DiskAllocationPage } from './disk-allocation-page'

const HR: MemberSpec = {
  path: 'SQL-STD01\\MSSQLSERVER\\HRDB',
  sizeMb: 1000,
  logSizeMb: 200,
  recoveryModel: 'FULL',
  readOnly: false,
}
const draftWithHr = () => ({
  ...newDraft({ mode: 'create' }),
  members: [{ key: HR.path, member: HR, instance: 'SQL-STD01\\MSSQLSERVER' }],
})

beforeEach(() => serverStore.setState({ server: EMPTY_SERVER_STATE }))

describe('Review Disk Storage Allocation against the storage pool', () => {
  it('says when the pool cannot hold the group, by how much, and points to Management > Disks', async () => {
    // HR needs 1,407.5 MB (disk-sizing); the pool has one disk of 1,000 MB.
    serverStore.setState({ server: { ...EMPTY_SERVER_STATE, disks: [{ name: 'Disk 1', sizeMb: 1000 }] } })
    renderWithProviders(<DiskAllocationPage draft={draftWithHr()} />)
    expect(
      await screen.findByText(
        'The storage pool cannot hold this protection group: it needs 408 MB more than the free storage. Add disks to the storage pool in Management > Disks, or protect fewer data sources.',
      ),
    ).toBeTruthy()
  })

  it('says nothing of the kind when the pool holds the group', async () => {
    renderWithProviders(<DiskAllocationPage draft={draftWithHr()} />)
    await screen.findByText('Total Storage')
    expect(screen.queryByText(/cannot hold this protection group/)).toBeNull()
  })
})
