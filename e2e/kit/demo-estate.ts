// Names of the default demo estate (UI contract): paths to protect, fail over and recover.
export const SALES_DB = 'SQL-PRI01\\MSSQLSERVER\\SalesDB'
export const SALES_MIRROR_COPY = 'SQL-MIR01\\MSSQLSERVER\\SalesDB'
export const HR_DB = 'SQL-STD01\\MSSQLSERVER\\HRDB'
export const PAYROLL_DB = 'SQL-STD01\\MSSQLSERVER\\PayrollDB'
export const WAREHOUSE_STD02 = 'SQL-STD02\\MSSQLSERVER\\WarehouseDB'
export const WAREHOUSE_STD03 = 'SQL-STD03\\MSSQLSERVER\\WarehouseDB'
export const STD03_INSTANCE = 'SQL-STD03\\MSSQLSERVER'
export const MIR01_INSTANCE = 'SQL-MIR01\\MSSQLSERVER'

/** The last part of a database path: what Search members finds. */
export const databaseName = (path: string) => path.slice(path.lastIndexOf('\\') + 1)
