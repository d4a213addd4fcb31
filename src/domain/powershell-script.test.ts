import { describe, expect, it } from 'vitest'
import { buildProtectionGroupScript, psQuote, type ScriptInput } from './powershell-script'
import { DEFAULT_POLICY } from './protection'

const sales = {
  path: 'SQL-PRI01\\MSSQLSERVER\\SalesDB',
  sizeMb: 2000,
  logSizeMb: 100,
  recoveryModel: 'FULL' as const,
  readOnly: false,
  mirror: {
    sessionId: 's1',
    partners: ['SQL-PRI01\\MSSQLSERVER\\SalesDB', 'SQL-MIR01\\MSSQLSERVER\\SalesDB'] as [string, string],
  },
}
const input: ScriptInput = {
  mode: 'create',
  name: "Bob's SQL",
  members: [sales],
  autoProtectInstances: [],
  policy: DEFAULT_POLICY,
}

describe('psQuote', () => {
  it('single-quotes and doubles quotes, so $ and backticks stay literal', () => {
    expect(psQuote("it's")).toBe("'it''s'")
    expect(psQuote('$env:x `n')).toBe("'$env:x `n'")
  })
})

describe('buildProtectionGroupScript', () => {
  it('creates the group, adds each data source once and commits, in DPM order', () => {
    const script = buildProtectionGroupScript(input)
    const order = [
      "New-DPMProtectionGroup -DPMServerName $dpmServer -Name 'Bob''s SQL'",
      "Where-Object { $_.ServerName -eq 'SQL-PRI01' }",
      "Get-DPMDatasource -ProductionServer $ps -Inquire | Where-Object { $_.Instance -eq 'SQL-PRI01\\MSSQLSERVER' -and $_.Name -eq 'SalesDB' }",
      'Add-DPMChildDatasource -ProtectionGroup $pg -ChildDatasource $ds',
      'Set-DPMProtectionType -ProtectionGroup $pg -ShortTerm Disk',
      'Set-DPMPolicyObjective -ProtectionGroup $pg -RetentionRangeInDays 5 -SynchronizationFrequencyMinutes 15',
      "-DaysOfWeek Su,Mo,Tu,We,Th,Fr,Sa -TimesOfDay '20:00'",
      'Set-DPMReplicaCreationMethod -ProtectionGroup $pg -Now',
      'Set-DPMDatasourceProtectionOption -ProtectionGroup $pg -AutoConsistencyCheck $true',
      'Set-DPMProtectionGroup -ProtectionGroup $pg',
    ]
    let from = 0
    for (const part of order) {
      const at = script.indexOf(part, from)
      expect(at, part).toBeGreaterThanOrEqual(0)
      from = at
    }
    expect(script.match(/Add-DPMChildDatasource/g)).toHaveLength(1)
    expect(script).toContain('mirrored with SQL-MIR01\\MSSQLSERVER\\SalesDB')
    expect(script).not.toContain('Set-DPMConsistencyCheckWindow')
  })

  it('writes Just before a recovery point, later and manual creation, and the daily check window', () => {
    const later = buildProtectionGroupScript({
      ...input,
      policy: {
        ...DEFAULT_POLICY,
        syncFrequency: 'before-recovery-point',
        replicaCreation: { method: 'later', at: Date.parse('2026-01-06T02:30:00Z') },
        consistencyCheck: { onInconsistent: false, daily: { start: '01:00', maxDurationHours: 8 } },
        expressFull: { times: ['20:00', '06:00'], days: [5, 1] },
      },
    })
    expect(later).toContain('-RetentionRangeInDays 5 -BeforeRecoveryPoint')
    expect(later).toContain("-Later (Get-Date '2026-01-06T02:30:00.000Z')")
    expect(later).toContain('-AutoConsistencyCheck $false')
    expect(later).toContain(
      "Set-DPMConsistencyCheckWindow -ProtectionGroup $pg -StartTime '01:00' -DurationInHours 8",
    )
    expect(later).toContain("-DaysOfWeek Mo,Fr -TimesOfDay '20:00','06:00'")
    const manual = buildProtectionGroupScript({
      ...input,
      policy: { ...DEFAULT_POLICY, replicaCreation: { method: 'manual' } },
    })
    expect(manual).toContain('Set-DPMReplicaCreationMethod -ProtectionGroup $pg -Manual')
  })

  it('modifies an existing group: rename, removals keep disk data, auto protection', () => {
    const script = buildProtectionGroupScript({
      ...input,
      mode: 'modify',
      originalName: 'Old name',
      name: 'New name',
      removed: ['SQL-STD01\\MSSQLSERVER\\HRDB'],
      autoProtectInstances: ['SQL-STD01\\MSSQLSERVER'],
    })
    expect(script).not.toContain('New-DPMProtectionGroup')
    expect(script).toContain("Where-Object { $_.FriendlyName -eq 'Old name' }")
    expect(script).toContain('Get-DPMModifiableProtectionGroup -ProtectionGroup $existing')
    expect(script).toContain("Rename-DPMProtectionGroup -ProtectionGroup $pg -NewName 'New name'")
    expect(script).toContain(
      'Remove-DPMChildDatasource -ProtectionGroup $pg -ChildDatasource $ds -KeepDiskData',
    )
    expect(script).toContain("$_.Instance -eq 'SQL-STD01\\MSSQLSERVER' -and $_.Name -eq 'HRDB'")
    expect(script).toContain('Add-DPMChildDatasource -ProtectionGroup $pg -ChildDatasource $instance')
  })

  it('quotes hostile names so they cannot break out of the string', () => {
    const script = buildProtectionGroupScript({ ...input, name: "x'; Remove-Item C:\\ -Recurse; '" })
    expect(script).toContain("-Name 'x''; Remove-Item C:\\ -Recurse; '''")
  })
})
