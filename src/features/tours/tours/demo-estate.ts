// The databases and places the tours use: the default demo estate of the UI contract, and where to look.
import type { ElementQuery } from '../ui-driver'

export const SALES_DB = 'SQL-PRI01\\MSSQLSERVER\\SalesDB'
export const SALES_MIRROR_COPY = 'SQL-MIR01\\MSSQLSERVER\\SalesDB'
export const WAREHOUSE_STD02 = 'SQL-STD02\\MSSQLSERVER\\WarehouseDB'
export const WAREHOUSE_STD03 = 'SQL-STD03\\MSSQLSERVER\\WarehouseDB'
export const STD03_INSTANCE = 'SQL-STD03\\MSSQLSERVER'

export const protectedMember = (path: string): ElementQuery => ({ testId: `ds:${path}` })
export const alertRow = (title: string): ElementQuery => ({
  selector: '[data-testid^="alert:"]',
  text: title,
})
export const jobRow = (text: string): ElementQuery => ({ selector: '[data-testid^="job:"]', text })
export const mirrorDetails: ElementQuery = { testId: 'mirror-details' }
export const selectedMembers: ElementQuery = { selector: 'ul[aria-label="Selected members"]' }
export const availableMember = (path: string): ElementQuery => ({ testId: `member:${path}` })
export const newButton: ElementQuery = {
  selector: 'button',
  name: 'New',
  within: { selector: '[role="toolbar"][aria-label="Protection actions"]' },
}
