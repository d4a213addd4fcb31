import { describe, expect, it } from 'vitest'
import { AgentApiError } from '../../agent-api/client'
import type { AvailabilityGroupFacts } from '../../domain/estate/estate'
import { agRefusalErrors, checkAgForm, findGroup } from './availability-group-form'

const group = (name: string, cluster: string, computers: string[]): AvailabilityGroupFacts => ({
  name,
  cluster,
  listener: `${name}-LSN`,
  backupPreference: 'SECONDARY',
  databases: ['OrdersDB'],
  replicas: computers.map((computer, index) => ({
    instance: `${computer}\\MSSQLSERVER`,
    computer,
    role: index === 0 ? 'PRIMARY' : 'SECONDARY',
    availabilityMode: 'SYNCHRONOUS_COMMIT',
    failoverMode: 'AUTOMATIC',
    synchronizationState: 'SYNCHRONIZED',
    online: true,
    readableSecondary: true,
    backupPriority: 50,
    excludedFromBackup: false,
  })),
})
const groups = [
  group('AG-Orders', 'SQLAGCLU01', ['SQL-AG01', 'SQL-AG02']),
  group('AG-Legacy', 'SQLAGCLU02', ['SQL-AG11']),
]
const values = (ag: string, replica = '', priority = '') => ({ ag, replica, priority })

describe('the lab form for availability groups', () => {
  it('finds a group by name or CLUSTER\\NAME, any case', () => {
    expect(findGroup(groups, ' ag-orders ')?.name).toBe('AG-Orders')
    expect(findGroup(groups, 'sqlagclu02\\AG-LEGACY')?.name).toBe('AG-Legacy')
    expect(findGroup(groups, 'SQLAGCLU02\\AG-Orders')).toBeUndefined()
  })

  it('marks the field that is wrong for the action, and only the fields the action uses', () => {
    expect(checkAgForm('primary-fails', values(''), groups)).toEqual({
      ag: 'Enter the availability group, such as AG-Orders.',
    })
    expect(checkAgForm('primary-fails', values('AG-Nope'), groups).ag).toBe(
      'There is no availability group AG-Nope (the estate has AG-Orders, AG-Legacy).',
    )
    expect(checkAgForm('failover', values('AG-Orders'), groups)).toEqual({})
    expect(checkAgForm('failover', values('AG-Orders', 'SQL-AG11'), groups).replica).toBe(
      'SQL-AG11 hosts no replica of AG-Orders: its replicas are SQL-AG01, SQL-AG02.',
    )
    expect(checkAgForm('replica-offline', values('AG-Orders'), groups).replica).toMatch(/Enter the replica/)
    expect(checkAgForm('replica-offline', values('AG-Orders', 'sql-ag02\\mssqlserver'), groups)).toEqual({})
    expect(checkAgForm('priority', values('AG-Orders', 'SQL-AG02', '101'), groups)).toEqual({
      priority: 'Enter a backup priority from 0 to 100.',
    })
    expect(checkAgForm('priority', values('AG-Orders', 'SQL-AG02', 'x'), groups).priority).toBeDefined()
    expect(checkAgForm('priority', values('AG-Orders', 'SQL-AG02', '0'), groups)).toEqual({})
    expect(checkAgForm('preference', values('AG-Orders', '', 'x'), groups)).toEqual({})
  })

  it("puts the lab's refusal at its field, other refusals for the whole form", () => {
    const refusal = (code: string) => new AgentApiError('agent', `refused: ${code}`, code, 409)
    expect(agRefusalErrors(refusal('AvailabilityGroupNotFound'))).toEqual({
      ag: 'refused: AvailabilityGroupNotFound',
    })
    expect(agRefusalErrors(refusal('ReplicaNotFound'))).toEqual({ replica: 'refused: ReplicaNotFound' })
    expect(agRefusalErrors(refusal('NotSynchronized'))).toBeUndefined()
    expect(agRefusalErrors(new Error('network'))).toBeUndefined()
  })
})
