// Names that try to turn generated text (the View script, the CSV export) into something else: every
// character PowerShell takes for a single quote, subexpressions and backticks, line breaks, bidirectional
// overrides and the signs a spreadsheet starts a formula with, ASCII and full-width.
export const HOSTILE_TEXT_NAMES = {
  apostrophe: "Pay'; Stop-Computer -Force; 'x",
  leftQuote: 'Pay\u2018; Stop-Computer -Force; \u2018x',
  rightQuote: 'Pay\u2019; Stop-Computer -Force; \u2019x',
  lowQuote: 'Pay\u201A; Stop-Computer -Force; \u201Ax',
  reversedQuote: 'Pay\u201B; Stop-Computer -Force; \u201Bx',
  mixedQuotes: "'\u2018\u2019\u201A\u201B",
  subexpression: '$(Stop-Computer -Force)',
  backtick: '`$env:PATH`n`0',
  doubleQuotes: '"$(Stop-Computer)"\u201C\u201D\u201E',
  lineFeed: 'Sales\nStop-Computer -Force',
  carriageReturn: 'Sales\r\nStop-Computer -Force #',
  lineSeparator: 'Sales\u2028Stop-Computer',
  nextLine: 'Sales\u0085Stop-Computer',
  rightToLeftOverride: 'SQL-\u202EREVRES',
  isolates: '\u2066Sales\u2069DB',
  formulaEquals: '=HYPERLINK("http://x")',
  fullWidthEquals: '\uFF1DHYPERLINK("http://x")',
  fullWidthPlus: '\uFF0B1+1',
  fullWidthMinus: '\uFF0D1+1',
  fullWidthAt: '\uFF20SUM(A1)',
} as const

export type HostileTextName = keyof typeof HOSTILE_TEXT_NAMES
