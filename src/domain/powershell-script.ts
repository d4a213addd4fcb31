// Summary > View script: the DPM Management Shell commands that would make the same protection group on a
// real DPM server (cmdlets of dpm-reference.md section 7). Every value is a single-quoted PowerShell string.
import { splitDatabasePath } from './estate'
import type { MemberSpec, ProtectionPolicy, Weekday } from './protection'
import { sortedDays } from './short-term-goals'

export interface ScriptInput {
  mode: 'create' | 'modify'
  name: string
  /** Modify: the group's name before this change. */
  originalName?: string
  members: readonly MemberSpec[]
  /** Modify: data sources taken out of the group; their replicas are kept on disk. */
  removed?: readonly string[]
  autoProtectInstances: readonly string[]
  policy: ProtectionPolicy
}

/** A single-quoted PowerShell string: nothing expands inside, and a quote is written twice. */
export function psQuote(value: string): string {
  return `'${value.replaceAll("'", "''")}'`
}

const DAY_CODES: Record<Weekday, string> = { 0: 'Su', 1: 'Mo', 2: 'Tu', 3: 'We', 4: 'Th', 5: 'Fr', 6: 'Sa' }

export function buildProtectionGroupScript(input: ScriptInput): string {
  const { policy } = input
  const lines: string[] = ['$dpmServer = $env:COMPUTERNAME']
  if (input.mode === 'create') {
    lines.push(`$pg = New-DPMProtectionGroup -DPMServerName $dpmServer -Name ${psQuote(input.name)}`)
  } else {
    const current = input.originalName ?? input.name
    lines.push(
      `$existing = Get-DPMProtectionGroup -DPMServerName $dpmServer | Where-Object { $_.FriendlyName -eq ${psQuote(current)} }`,
      '$pg = Get-DPMModifiableProtectionGroup -ProtectionGroup $existing',
    )
    if (current !== input.name) {
      lines.push(`Rename-DPMProtectionGroup -ProtectionGroup $pg -NewName ${psQuote(input.name)}`)
    }
  }
  for (const member of input.members)
    lines.push(
      '',
      ...datasourceLines(member.path, member),
      'Add-DPMChildDatasource -ProtectionGroup $pg -ChildDatasource $ds',
    )
  for (const path of input.autoProtectInstances) {
    const [computer = ''] = path.split('\\')
    lines.push(
      '',
      `# Auto protection: new databases of ${path} are added to the group.`,
      productionServerLine(computer),
      `$instance = Get-DPMDatasource -ProductionServer $ps -Inquire | Where-Object { $_.Instance -eq ${psQuote(path)} -and $_.Name -eq ${psQuote(path)} }`,
      'Add-DPMChildDatasource -ProtectionGroup $pg -ChildDatasource $instance',
    )
  }
  for (const path of input.removed ?? []) {
    lines.push(
      '',
      ...datasourceLines(path),
      'Remove-DPMChildDatasource -ProtectionGroup $pg -ChildDatasource $ds -KeepDiskData',
    )
  }
  const objective =
    policy.syncFrequency === 'before-recovery-point'
      ? '-BeforeRecoveryPoint'
      : `-SynchronizationFrequencyMinutes ${policy.syncFrequency}`
  const days = sortedDays(policy.expressFull.days).map((day) => DAY_CODES[day])
  lines.push(
    '',
    'Set-DPMProtectionType -ProtectionGroup $pg -ShortTerm Disk',
    `Set-DPMPolicyObjective -ProtectionGroup $pg -RetentionRangeInDays ${policy.retentionDays} ${objective}`,
    "$schedule = Get-DPMPolicySchedule -ProtectionGroup $pg -ShortTerm | Where-Object { $_.JobType -eq 'FullReplicationForApplication' }",
    `Set-DPMPolicySchedule -ProtectionGroup $pg -Schedule $schedule -DaysOfWeek ${days.join(',')} -TimesOfDay ${policy.expressFull.times.map(psQuote).join(',')}`,
    replicaCreationLine(policy),
    `Set-DPMDatasourceProtectionOption -ProtectionGroup $pg -AutoConsistencyCheck $${policy.consistencyCheck.onInconsistent}`,
  )
  const daily = policy.consistencyCheck.daily
  if (daily) {
    lines.push(
      `Set-DPMConsistencyCheckWindow -ProtectionGroup $pg -StartTime ${psQuote(daily.start)} -DurationInHours ${daily.maxDurationHours}`,
    )
  }
  lines.push('Set-DPMProtectionGroup -ProtectionGroup $pg')
  return lines.join('\n')
}

function productionServerLine(computer: string): string {
  return `$ps = Get-DPMProductionServer -DPMServerName $dpmServer | Where-Object { $_.ServerName -eq ${psQuote(computer)} }`
}

function datasourceLines(path: string, member?: MemberSpec): string[] {
  const { computer, instance, database } = splitDatabasePath(path)
  const comment = member?.mirror
    ? [
        `# ${path}, mirrored with ${member.mirror.partners[1]}: DPM maintains a single replica for the mirror.`,
      ]
    : [`# ${path}`]
  return [
    ...comment,
    productionServerLine(computer),
    `$ds = Get-DPMDatasource -ProductionServer $ps -Inquire | Where-Object { $_.Instance -eq ${psQuote(`${computer}\\${instance}`)} -and $_.Name -eq ${psQuote(database)} }`,
  ]
}

function replicaCreationLine(policy: ProtectionPolicy): string {
  const creation = policy.replicaCreation
  if (creation.method === 'now') return 'Set-DPMReplicaCreationMethod -ProtectionGroup $pg -Now'
  if (creation.method === 'manual') return 'Set-DPMReplicaCreationMethod -ProtectionGroup $pg -Manual'
  return `Set-DPMReplicaCreationMethod -ProtectionGroup $pg -Later (Get-Date ${psQuote(new Date(creation.at).toISOString())})`
}
