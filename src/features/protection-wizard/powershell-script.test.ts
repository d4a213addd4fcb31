import { describe, expect, it } from 'vitest'
import { AG_ORDERS_COPIES, HR_DB, SALES_DB, SALES_MIRROR_COPY } from '../../agent-api/demo-estate'
import { HOSTILE_TEXT_NAMES, type HostileTextName } from '../../domain/estate/hostile-names-test-support'
import { unsafeNameCharacters } from '../../domain/estate/name-characters'
import { DEFAULT_POLICY } from '../../domain/protection/protection'
import { buildProtectionGroupScript, psQuote, type ScriptInput } from './powershell-script'

const sales = {
  path: SALES_DB,
  sizeMb: 2000,
  logSizeMb: 100,
  recoveryModel: 'FULL' as const,
  readOnly: false,
  mirror: {
    sessionId: 's1',
    partners: [SALES_DB, SALES_MIRROR_COPY] as [string, string],
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

  // The exact text PowerShell reads back as the name (no PowerShell tokenizer runs under Node here).
  const escaped: Record<HostileTextName, string> = {
    apostrophe: "'Pay''; Stop-Computer -Force; ''x'",
    leftQuote: "'Pay\u2018\u2018; Stop-Computer -Force; \u2018\u2018x'",
    rightQuote: "'Pay\u2019\u2019; Stop-Computer -Force; \u2019\u2019x'",
    lowQuote: "'Pay\u201A\u201A; Stop-Computer -Force; \u201A\u201Ax'",
    reversedQuote: "'Pay\u201B\u201B; Stop-Computer -Force; \u201B\u201Bx'",
    mixedQuotes: "'''\u2018\u2018\u2019\u2019\u201A\u201A\u201B\u201B'",
    subexpression: "'$(Stop-Computer -Force)'",
    backtick: "'`$env:PATH`n`0'",
    doubleQuotes: '\'"$(Stop-Computer)"\u201C\u201D\u201E\'',
    lineFeed: "('Sales' + [char]0x000A + 'Stop-Computer -Force')",
    carriageReturn: "('Sales' + [char]0x000D + [char]0x000A + 'Stop-Computer -Force #')",
    lineSeparator: "('Sales' + [char]0x2028 + 'Stop-Computer')",
    nextLine: "('Sales' + [char]0x0085 + 'Stop-Computer')",
    rightToLeftOverride: "('SQL-' + [char]0x202E + 'REVRES')",
    isolates: "('' + [char]0x2066 + 'Sales' + [char]0x2069 + 'DB')",
    formulaEquals: '\'=HYPERLINK("http://x")\'',
    fullWidthEquals: '\'\uFF1DHYPERLINK("http://x")\'',
    fullWidthPlus: "'\uFF0B1+1'",
    fullWidthMinus: "'\uFF0D1+1'",
    fullWidthAt: "'\uFF20SUM(A1)'",
  }
  it.each(Object.entries(escaped))('quotes the hostile name %s exactly', (key, text) => {
    expect(psQuote(HOSTILE_TEXT_NAMES[key as HostileTextName])).toBe(text)
  })
})

const SINGLE_QUOTES = new Set(["'", '\u2018', '\u2019', '\u201A', '\u201B'])
const DOUBLE_QUOTES = new Set(['"', '\u201C', '\u201D', '\u201E'])

/**
 * The script as PowerShell's tokenizer reads it, for what a generated script may hold (PowerShell language
 * specification, 2.2 and 2.3.5.2): a # comment runs to the end of the line (CR or LF); a verbatim string
 * opens and closes with any single-quote character, two in a row standing for one. An expandable string
 * would run $() and backticks: the script may hold none. Returns the code with each comment as # and each
 * string literal as «», and the literals' values in order; ('a' + [char]0x000A + 'b') is one literal.
 */
function readPowerShell(script: string): { code: string; values: string[] } {
  const characters = Array.from(script)
  const strings: string[] = []
  let code = ''
  for (let at = 0; at < characters.length; ) {
    const character = characters[at] ?? ''
    if (character === '#') {
      while (at < characters.length && characters[at] !== '\n' && characters[at] !== '\r') at++
      code += '#'
    } else if (SINGLE_QUOTES.has(character)) {
      let value = ''
      for (at++; ; at++) {
        if (at >= characters.length) throw new Error('unterminated string')
        const next = characters[at] ?? ''
        if (!SINGLE_QUOTES.has(next)) value += next
        else if (SINGLE_QUOTES.has(characters[at + 1] ?? '')) value += characters[++at]
        else break
      }
      at++
      strings.push(value)
      code += '«»'
    } else if (DOUBLE_QUOTES.has(character)) {
      throw new Error(`an expandable string at ${code}`)
    } else {
      code += character
      at++
    }
  }
  const values: string[] = []
  let next = 0
  const folded = code.replace(/\(«»(?: \+ (?:«»|\[char\]0x[0-9A-F]{4}))+\)|«»/g, (expression) => {
    let value = ''
    for (const [, hex] of expression.matchAll(/«»|\[char\]0x([0-9A-F]{4})/g))
      value += hex ? String.fromCharCode(Number.parseInt(hex, 16)) : strings[next++]
    values.push(value)
    return '«»'
  })
  return { code: folded, values }
}

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

  it('selects a database of an availability group under its failover cluster, once, whatever replica', () => {
    const orders = {
      path: AG_ORDERS_COPIES[0],
      sizeMb: 25600,
      logSizeMb: 1024,
      recoveryModel: 'FULL' as const,
      readOnly: false,
      availability: { group: "AG-Orders'", cluster: 'SQLAGCLU01', database: 'OrdersDB' },
    }
    const script = buildProtectionGroupScript({ ...input, members: [orders] })
    expect(script).toContain(
      "# OrdersDB of availability group AG-Orders' (cluster SQLAGCLU01): one data source on every replica.",
    )
    expect(script).toContain(
      "$ps = Get-DPMProductionServer -DPMServerName $dpmServer | Where-Object { $_.ServerName -eq 'SQLAGCLU01' }",
    )
    expect(script).toContain(
      "$ds = Get-DPMDatasource -ProductionServer $ps -Inquire | Where-Object { $_.Instance -eq 'AG-Orders''' -and $_.Name -eq 'OrdersDB' }",
    )
    expect(script).not.toContain('SQL-AG01')
    expect(script.match(/Add-DPMChildDatasource/g)).toHaveLength(1)
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
      removed: [HR_DB],
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

  // The same group with NAME standing for the group's, a database's and a mirror partner's name.
  const scriptNaming = (name: string) => {
    const path = `SQL-PRI01\\MSSQLSERVER\\${name}`
    const mirrorPath = `SQL-MIR01\\MSSQLSERVER\\${name}`
    return buildProtectionGroupScript({
      mode: 'modify',
      originalName: `${name} (old)`,
      name,
      members: [{ ...sales, path, mirror: { sessionId: 's1', partners: [path, mirrorPath] } }],
      removed: [`SQL-STD01\\MSSQLSERVER\\${name}`],
      autoProtectInstances: [`SQL-STD01\\${name}`],
      policy: DEFAULT_POLICY,
    })
  }
  const intended = readPowerShell(scriptNaming('NAME'))

  it.each(Object.keys(HOSTILE_TEXT_NAMES))('reads the hostile name %s back as the literal it is', (key) => {
    const name = HOSTILE_TEXT_NAMES[key as HostileTextName]
    const script = scriptNaming(name)
    const read = readPowerShell(script)
    expect(read.code).toBe(intended.code)
    expect(read.values).toEqual(intended.values.map((value) => value.replaceAll('NAME', () => name)))
    // Every line shows what it holds: no line break inside a line, no character that reorders the text.
    for (const line of script.split('\n')) expect(unsafeNameCharacters(line), line).toEqual([])
  })

  it('writes a line break or a bidirectional control in a comment as its code point', () => {
    const script = scriptNaming(HOSTILE_TEXT_NAMES.lineFeed)
    expect(script).toContain('# SQL-PRI01\\MSSQLSERVER\\Sales<U+000A>Stop-Computer -Force, mirrored with')
    expect(scriptNaming(HOSTILE_TEXT_NAMES.rightToLeftOverride)).toContain(
      '# Auto protection: new databases of SQL-STD01\\SQL-<U+202E>REVRES are added to the group.',
    )
  })
})
