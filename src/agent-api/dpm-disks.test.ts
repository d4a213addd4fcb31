// Contract tests for the DPM server's disks: the lab attaches one, the agent API lists it (Rescan), and the
// stored estate replays it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { SETUP_POOL_DISKS } from '../domain/protection/disk-sizing'
import { mockAgentsServer, resetMockEstate } from '../mock-agents/test-server'
import { resetSimTime } from '../sim-clock/clock'
import { getChanges, listDpmServerDisks } from './agents'
import { AgentApiError } from './client'
import { attachLabDisk, getLabWorldRecord, importLabWorldRecord } from './lab'

const T0 = Date.parse('2026-01-05T09:00:00Z')
const GB = 1024

beforeAll(() => mockAgentsServer.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => {
  resetSimTime(T0)
  resetMockEstate('default')
})
afterAll(() => mockAgentsServer.close())

describe('the DPM server disks', () => {
  it("lists the preset's disks: the storage pool the server was set up with, and one disk more", async () => {
    const { disks } = await listDpmServerDisks()
    expect(disks.slice(0, SETUP_POOL_DISKS.length)).toEqual(SETUP_POOL_DISKS)
    expect(disks.slice(SETUP_POOL_DISKS.length)).toEqual([{ name: 'Disk 3', sizeMb: 2048 * GB }])
  })

  it('lists a disk the lab attached, with the next number, and replays it from the stored recipe', async () => {
    const { seq } = await getChanges(0)
    const attached = await attachLabDisk(500)
    expect(attached.summary).toBe(
      'Disk 4 (500 GB) was attached to the DPM server: Rescan in Management > Disks finds it.',
    )
    expect((await listDpmServerDisks()).disks.at(-1)).toEqual({ name: 'Disk 4', sizeMb: 500 * GB })
    expect((await getChanges(seq)).changes.map((change) => change.kind)).toEqual(['dpm-disk-attached'])

    const record = await getLabWorldRecord()
    resetMockEstate('default')
    expect((await listDpmServerDisks()).disks).toHaveLength(3)
    await importLabWorldRecord(record)
    expect((await listDpmServerDisks()).disks.at(-1)).toEqual({ name: 'Disk 4', sizeMb: 500 * GB })
  })

  it('refuses a size that is not a whole number of GB from 1 to 65536', async () => {
    for (const sizeGb of [0, 1.5, 65_537]) {
      const error = await attachLabDisk(sizeGb).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(AgentApiError)
      expect((error as AgentApiError).status).toBe(400)
    }
    expect((await listDpmServerDisks()).disks).toHaveLength(3)
  })
})
