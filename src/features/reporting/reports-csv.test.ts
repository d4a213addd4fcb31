import { describe, expect, it } from 'vitest'
import { SALES_DB } from '../../agent-api/demo-estate'
import { HOSTILE_TEXT_NAMES, type HostileTextName } from '../../domain/estate/hostile-names-test-support'
import { csvField, csvFileName, toCsv } from './reports-csv'

describe('the CSV export', () => {
  it('quotes fields that hold a quote, a comma, a line break or edge spaces, doubling quotes', () => {
    expect(csvField('SalesDB')).toBe('SalesDB')
    expect(csvField('Sales, EMEA')).toBe('"Sales, EMEA"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
    expect(csvField(' padded')).toBe('" padded"')
    expect(csvField(SALES_DB)).toBe(SALES_DB)
  })

  it('writes numbers as they are and leaves missing values empty', () => {
    expect(csvField(12.5)).toBe('12.5')
    expect(csvField(0)).toBe('0')
    expect(csvField(undefined)).toBe('')
    expect(csvField(Number.NaN)).toBe('')
  })

  it('keeps a spreadsheet from running a text field as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"')
    expect(csvField('+1')).toBe("'+1")
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvField(-5)).toBe('-5')
  })

  // The exact field: a spreadsheet reads it as this text, never as a formula, whatever the name holds. A name
  // without a formula sign, a CSV quote or a line break is written as it is.
  const changed: Partial<Record<HostileTextName, string>> = {
    doubleQuotes: '"""$(Stop-Computer)""\u201C\u201D\u201E"',
    lineFeed: '"Sales\nStop-Computer -Force"',
    carriageReturn: '"Sales\r\nStop-Computer -Force #"',
    formulaEquals: `"'=HYPERLINK(""http://x"")"`,
    fullWidthEquals: `"'\uFF1DHYPERLINK(""http://x"")"`,
    fullWidthPlus: "'\uFF0B1+1",
    fullWidthMinus: "'\uFF0D1+1",
    fullWidthAt: "'\uFF20SUM(A1)",
  }
  it.each(Object.keys(HOSTILE_TEXT_NAMES))('exports the hostile name %s as text', (key) => {
    const name = HOSTILE_TEXT_NAMES[key as HostileTextName]
    expect(csvField(name)).toBe(changed[key as HostileTextName] ?? name)
  })

  it('joins rows with CRLF, header first, and ends with a line break', () => {
    const csv = toCsv({
      columns: ['Data source', 'Recovery points'],
      rows: [
        ['A,B', 3],
        ['C', undefined],
      ],
    })
    expect(csv).toBe('Data source,Recovery points\r\n"A,B",3\r\nC,\r\n')
  })

  it('names the file after the report, the period and the simulated time', () => {
    expect(csvFileName('Status report', 'Last 7 days', Date.parse('2026-01-05T09:30:00Z'))).toBe(
      'status-report-last-7-days-2026-01-05-0930.csv',
    )
  })
})
