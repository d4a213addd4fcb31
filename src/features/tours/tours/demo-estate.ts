// The databases and places the tours use: the default demo estate of the UI contract, and where to look.
import { AG_ORDERS_COPIES } from '../../../agent-api/demo-estate'
import type { ElementQuery } from '../ui-driver'

export {
  AG_ORDERS,
  SALES_DB,
  SALES_MIRROR_COPY,
  STD03_INSTANCE,
  WAREHOUSE_STD02,
  WAREHOUSE_STD03,
} from '../../../agent-api/demo-estate'

/** OrdersDB of AG-Orders, as protected: the copy on the primary replica, SQL-AG01. */
export const ORDERS_AG01 = AG_ORDERS_COPIES[0]

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
