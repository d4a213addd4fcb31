import { beforeEach, describe, expect, it } from 'vitest'
import { installAgents, uninstallAgents } from './agent-operations'
import { computerFacts, hostAgentProblem } from './estate-facts'
import { type Estate, requireComputer } from './estate-model'
import { setFaults } from './fault-operations'
import { defaultEstate } from './presets/default-preset'
import { refusal } from './test-support'

const AT = Date.parse('2026-01-05T11:00:00Z')
let estate: Estate
beforeEach(() => {
  estate = defaultEstate()
})
const status = (name: string) => computerFacts(estate, requireComputer(estate, name), 0).agent

describe('install agents', () => {
  // S1: installing the agent on SQL-MIR02 lifts FinanceDB's prerequisite.
  it('installs on a computer without an agent, records the change with its databases', () => {
    const { computers, change } = installAgents(estate, ['sql-mir02'], AT)
    expect(computers.map((c) => c.name)).toEqual(['SQL-MIR02'])
    expect(status('SQL-MIR02')).toEqual({
      status: 'OK',
      version: expect.stringMatching(/^\d+\.\d+/),
      lastContact: 0,
    })
    expect(change).toMatchObject({
      kind: 'agent-installed',
      at: AT,
      computers: ['SQL-MIR02'],
      databases: ['SQL-MIR02\\MSSQLSERVER\\FinanceDB'],
    })
  })

  it('is a no-op where an agent is installed: no change recorded', () => {
    const { change } = installAgents(estate, ['SQL-PRI01'], AT)
    expect(change).toBeUndefined()
    expect(estate.seq).toBe(0)
  })

  it('refuses an unknown computer, changing nothing in the batch', () => {
    expect(refusal(() => installAgents(estate, ['SQL-MIR02', 'SQL-NOPE'], AT))).toMatchObject({
      code: 'ComputerNotFound',
      status: 404,
      message: expect.stringContaining('SQL-NOPE'),
    })
    expect(status('SQL-MIR02').status).toBe('NotInstalled')
  })

  // S3: agents go on the nodes of a cluster, never on its virtual server.
  it('refuses a virtual server name with a message naming its nodes', () => {
    expect(refusal(() => installAgents(estate, ['SQLCLU01'], AT))).toMatchObject({
      code: 'VirtualServerName',
      message: expect.stringMatching(/SQLCLU01.*CLU01-N1, CLU01-N2/),
    })
  })

  it('refuses an unreachable computer', () => {
    setFaults(estate, { unreachable: ['SQL-MIR02'] }, AT)
    expect(refusal(() => installAgents(estate, ['SQL-MIR02'], AT))).toMatchObject({
      code: 'AgentUnreachable',
      status: 503,
    })
  })
})

describe('uninstall agents', () => {
  it('removes the agent; the virtual server answers while one node keeps its agent', () => {
    const { change } = uninstallAgents(estate, ['CLU01-N1'], AT)
    expect(status('CLU01-N1')).toEqual({ status: 'NotInstalled' })
    expect(change).toMatchObject({
      kind: 'agent-uninstalled',
      computers: ['CLU01-N1', 'SQLCLU01'],
      databases: ['SQLCLU01\\SQLFCI\\ClaimsDB'],
    })
    expect(hostAgentProblem(estate, 'SQLCLU01')).toBeUndefined()
    uninstallAgents(estate, ['CLU01-N2'], AT)
    expect(hostAgentProblem(estate, 'SQLCLU01')).toMatchObject({
      code: 'AgentNotInstalled',
      message: expect.stringContaining('CLU01-N1, CLU01-N2'),
    })
  })

  it('is a no-op where no agent is installed, and refuses unknown names and virtual servers', () => {
    expect(uninstallAgents(estate, ['SQL-NOAGENT01'], AT).change).toBeUndefined()
    expect(refusal(() => uninstallAgents(estate, ['SQL-NOPE'], AT)).code).toBe('ComputerNotFound')
    expect(refusal(() => uninstallAgents(estate, ['SQLCLU02'], AT)).code).toBe('VirtualServerName')
  })
})

describe("an agent's last contact", () => {
  const LATER = AT + 3 * 3_600_000
  const contact = (name: string, now: number) =>
    computerFacts(estate, requireComputer(estate, name), now).agent.lastContact

  it('is the moment of the answer while the agent answers, and none without an agent', () => {
    expect(contact('SQL-PRI01', LATER)).toBe(LATER)
    expect(contact('SQL-NOAGENT01', LATER)).toBeUndefined()
  })

  it('stays at the time the agent stopped answering, until it answers again', () => {
    setFaults(estate, { unreachable: ['SQL-PRI01'] }, AT)
    // Faults set again with the computer still unreachable keep its first silence.
    setFaults(estate, { unreachable: ['SQL-PRI01', 'SQL-MIR01'] }, AT + 60_000)
    expect(status('SQL-PRI01').status).toBe('Unreachable')
    expect(contact('SQL-PRI01', LATER)).toBe(AT)
    expect(contact('SQL-MIR01', LATER)).toBe(AT + 60_000)
    setFaults(estate, {}, LATER)
    expect(contact('SQL-PRI01', LATER + 1)).toBe(LATER + 1)
  })
})
