// Names in the default demo estate (`?preset=default`), as the public contract states them (docs/testing.md,
// The default estate): defined once for the guided tours, the e2e kit (e2e/kit/demo-estate.ts) and the tests.
export const SALES_DB = 'SQL-PRI01\\MSSQLSERVER\\SalesDB'
export const SALES_MIRROR_COPY = 'SQL-MIR01\\MSSQLSERVER\\SalesDB'
export const CRM_DB = 'SQL-PRI01\\MSSQLSERVER\\CRMDB'
export const HR_DB = 'SQL-STD01\\MSSQLSERVER\\HRDB'
export const PAYROLL_DB = 'SQL-STD01\\MSSQLSERVER\\PayrollDB'
export const INVENTORY_DB = 'SQL-STD01\\MSSQLSERVER\\InventoryDB'
export const FINANCE_DB = 'SQL-PRI02\\MSSQLSERVER\\FinanceDB'
export const POLICY_DB = 'SQL-PRI04\\MSSQLSERVER\\PolicyDB'
export const WAREHOUSE_STD02 = 'SQL-STD02\\MSSQLSERVER\\WarehouseDB'
export const WAREHOUSE_STD03 = 'SQL-STD03\\MSSQLSERVER\\WarehouseDB'
export const STD01_INSTANCE = 'SQL-STD01\\MSSQLSERVER'
export const STD03_INSTANCE = 'SQL-STD03\\MSSQLSERVER'
export const MIR01_INSTANCE = 'SQL-MIR01\\MSSQLSERVER'
// Always On: AG-Orders on cluster SQLAGCLU01 (DPM backs up from SQL-AG02), AG-Legacy on SQLAGCLU02 (no agent
// on SQL-AG12). A database of a group has a copy on every replica, the primary's first.
export const AG_ORDERS = 'AG-Orders'
export const AG_ORDERS_COPIES = [
  'SQL-AG01\\MSSQLSERVER\\OrdersDB',
  'SQL-AG02\\MSSQLSERVER\\OrdersDB',
  'SQL-AG03\\MSSQLSERVER\\OrdersDB',
] as const
export const AG_LEGACY = 'AG-Legacy'
export const AG_LEGACY_COPIES = [
  'SQL-AG11\\MSSQLSERVER\\LegacyDB',
  'SQL-AG12\\MSSQLSERVER\\LegacyDB',
] as const
