// Summary > View script: the DPM Management Shell commands that would make the same protection group on a
// real DPM server (cmdlets of dpm-reference.md section 7). Every value is a single-quoted PowerShell string,
// and a comment never holds a line break: pasted into a shell, the script runs only what it shows.
import { splitDatabasePath } from '../../domain/estate/estate'
import { codePointLabel, isUnsafeNameCharacter } from '../../domain/estate/name-characters'
import type { MemberSpec, ProtectionPolicy, Weekday } from '../../domain/protection/protection'
import { sortedDays } from '../../domain/protection/short-term-goals'

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

/** Every character PowerShell takes for a single quote: the apostrophe and U+2018 to U+201B. */
const PS_SINGLE_QUOTES = /['\u2018\u2019\u201A\u201B]/g

/**
 * A single-quoted PowerShell string: nothing expands inside, and each quote character is written twice. A
 * control, line-break or bidirectional formatting character (a name already in the estate may hold one) is
 * written as [char]0xNNNN joined to the quoted parts, so the script shows every character it holds.
 */
export function psQuote(value: string): string {
  const parts = ['']
  for (const character of value) {
    if (isUnsafeNameCharacter(character)) parts.push(`[char]0x${codePointLabel(character).slice(2)}`, '')
    else parts[parts.length - 1] += character
  }
  const quoted = parts.map((part, index) =>
    index % 2 === 0 ? `'${part.replace(PS_SINGLE_QUOTES, '$&$&')}'` : part,
  )
  if (quoted.length === 1) return quoted[0] ?? "''"
  // The first part stays even when empty: a string on the left makes + join text.
  return `(${quoted.filter((part, index) => index === 0 || part !== "''").join(' + ')})`
}

/** A comment line: text after # as it is, but each control, line-break or bidirectional character as <U+NNNN>. */
function psComment(text: string): string {
  const shown = Array.from(text, (character) =>
    isUnsafeNameCharacter(character) ? `<${codePointLabel(character)}>` : character,
  )
  return `# ${shown.join('')}`
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
      psComment(`Auto protection: new databases of ${path} are added to the group.`),
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
  // DPM lists a database of an availability group under the failover cluster that hosts the group: one data
  // source, whatever replica DPM then backs up from.
  const availability = member?.availability
  if (availability) {
    return [
      psComment(
        `${availability.database} of availability group ${availability.group} (cluster ${availability.cluster}): one data source on every replica.`,
      ),
      productionServerLine(availability.cluster),
      `$ds = Get-DPMDatasource -ProductionServer $ps -Inquire | Where-Object { $_.Instance -eq ${psQuote(availability.group)} -and $_.Name -eq ${psQuote(availability.database)} }`,
    ]
  }
  const { computer, instance, database } = splitDatabasePath(path)
  const comment = member?.mirror
    ? [
        psComment(
          `${path}, mirrored with ${member.mirror.partners[1]}: DPM maintains a single replica for the mirror.`,
        ),
      ]
    : [psComment(path)]
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
