// Names in the default demo estate (UI contract): paths to protect, fail over and recover. They are defined
// once, with the console's tours and unit tests (src/agent-api/demo-estate.ts); a suite that copies the kit
// copies that file too.
export {
  AG_LEGACY_COPIES,
  AG_ORDERS,
  AG_ORDERS_COPIES,
  FINANCE_DB,
  HR_DB,
  MIR01_INSTANCE,
  PAYROLL_DB,
  POLICY_DB,
  SALES_DB,
  SALES_MIRROR_COPY,
  STD01_INSTANCE,
  STD03_INSTANCE,
  WAREHOUSE_STD02,
  WAREHOUSE_STD03,
} from '../../src/agent-api/demo-estate'

/** The last part of a database path: what Search members finds. */
export const databaseName = (path: string) => path.slice(path.lastIndexOf('\\') + 1)
