// Contract tests for Copy to a network folder: the agent on the folder's computer writes the files, the lab
// lists them there, and the stored estate replays them.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { mockAgentsServer, resetMockEstate } from '../mock-agents/test-server'
import { resetSimTime } from '../sim-clock/clock'
import { copyToNetworkFolder } from './agents'
import { AgentApiError } from './client'
import { getLabFiles, getLabWorldRecord, importLabWorldRecord } from './lab'
import type { FolderCopyRequest } from './schemas'

const T0 = Date.parse('2026-01-05T09:00:00Z')
const HR = 'SQL-STD01\\MSSQLSERVER\\HRDB'

beforeAll(() => mockAgentsServer.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => {
  resetSimTime(T0)
  resetMockEstate('default')
})
afterAll(() => mockAgentsServer.close())

const copy = (folder: string, dataSizeMb = 1000): FolderCopyRequest => ({
  sourcePath: HR,
  recoveryPointAt: T0 - 3_600_000,
  dataSizeMb,
  logSizeMb: 100,
  folder,
})

async function refusal(call: Promise<unknown>): Promise<AgentApiError> {
  const error = await call.catch((e: unknown) => e)
  if (error instanceof AgentApiError) return error
  throw new Error(`expected an agent error, got ${String(error)}`)
}

describe('POST /folder-copies', () => {
  it("writes the database's data and log files into the folder, on the folder's computer", async () => {
    const { files, durationSec } = await copyToNetworkFolder(copy('\\\\sql-std02\\Recovery\\HR\\'))
    const expected = [
      {
        computer: 'SQL-STD02',
        path: '\\\\SQL-STD02\\Recovery\\HR\\HRDB.mdf',
        sizeMb: 1000,
        writtenAt: T0,
        sourcePath: HR,
      },
      {
        computer: 'SQL-STD02',
        path: '\\\\SQL-STD02\\Recovery\\HR\\HRDB_log.ldf',
        sizeMb: 100,
        writtenAt: T0,
        sourcePath: HR,
      },
    ]
    expect(files).toEqual(expected)
    expect(durationSec).toBeGreaterThan(0)
    expect((await getLabFiles('SQL-STD02')).files).toEqual(expected)
    expect((await getLabFiles('SQL-STD03')).files).toEqual([])
    expect((await getLabFiles()).files).toEqual(expected)
  })

  it('replaces files of the same name and keeps the others, and the stored estate replays them', async () => {
    await copyToNetworkFolder(copy('\\\\SQL-STD02\\Recovery\\A'))
    resetSimTime(T0 + 60_000)
    await copyToNetworkFolder(copy('\\\\SQL-STD02\\Recovery\\B'))
    await copyToNetworkFolder(copy('\\\\SQL-STD02\\Recovery\\A', 1200))
    const listed = (await getLabFiles('SQL-STD02')).files.map((file) => [file.path, file.sizeMb])
    expect(listed).toEqual([
      ['\\\\SQL-STD02\\Recovery\\B\\HRDB.mdf', 1000],
      ['\\\\SQL-STD02\\Recovery\\B\\HRDB_log.ldf', 100],
      ['\\\\SQL-STD02\\Recovery\\A\\HRDB.mdf', 1200],
      ['\\\\SQL-STD02\\Recovery\\A\\HRDB_log.ldf', 100],
    ])
    const record = await getLabWorldRecord()
    resetMockEstate('default')
    expect((await getLabFiles()).files).toEqual([])
    await importLabWorldRecord(record)
    expect((await getLabFiles('SQL-STD02')).files.map((file) => [file.path, file.sizeMb])).toEqual(listed)
  })

  it('refuses a computer without an agent, an unknown one and a path that is not UNC, writing nothing', async () => {
    expect(await refusal(copyToNetworkFolder(copy('\\\\SQL-NOAGENT01\\Recovery')))).toMatchObject({
      code: 'AgentNotInstalled',
      message: 'The protection agent is not installed on SQL-NOAGENT01.',
    })
    expect(await refusal(copyToNetworkFolder(copy('\\\\NOWHERE\\Recovery')))).toMatchObject({
      code: 'ComputerNotFound',
    })
    expect(await refusal(copyToNetworkFolder(copy('D:\\Recovery')))).toMatchObject({ status: 400 })
    expect((await getLabFiles()).files).toEqual([])
    expect(await refusal(getLabFiles('NOWHERE'))).toMatchObject({ code: 'ComputerNotFound' })
  })
})
