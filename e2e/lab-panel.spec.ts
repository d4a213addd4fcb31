// The Lab panel: the estate view, mirroring set-ups (S4, S8), agents, faults with the status bar's indicator,
// a reset that asks for its name typed out, the clock's Run to the next job, and a large estate paged.
import { lab, openConsole, openLabPanel } from './kit/console'
import { HR_DB, STD03_INSTANCE, WAREHOUSE_STD02 } from './kit/demo-estate'
import { expect, test } from './kit/fixtures'
import { createProtectionGroup } from './kit/wizard'

test('the estate view: computers with their agent and databases, clusters and nodes, sessions', async ({
  page,
}) => {
  await openConsole(page)
  const panel = await openLabPanel(page)
  const computers = panel.getByRole('table', { name: 'Computers' })
  await panel.getByRole('searchbox', { name: 'Filter computers' }).fill('SQL-STD01')
  await expect(computers.getByTestId('computer:SQL-STD01')).toContainText('OK')
  await expect(computers.getByTestId('computer:SQL-STD01').getByRole('cell').nth(3)).toHaveText('3')
  await panel.getByRole('searchbox', { name: 'Filter computers' }).fill('CLU01')
  await expect(computers.getByTestId('computer:CLU01-N1')).toContainText('node of')
  await expect(panel.getByRole('table', { name: 'Clusters' })).toContainText('CLU01-N1, CLU01-N2')
  await expect(panel.getByRole('table', { name: 'Clusters' })).toContainText('SQLCLU01 (1)')
  const sales = panel.getByRole('table', { name: 'Mirroring sessions' }).getByTestId('session:SalesDB')
  await expect(sales).toContainText('SQL-WIT01\\MSSQLSERVER')
  await expect(sales).toContainText('SYNCHRONIZED')
  await expect(sales).toContainText('High safety')

  // S1: the missing agent on SQL-MIR02, installed from the lab, then removed again.
  await panel.getByRole('searchbox', { name: 'Filter computers' }).fill('SQL-MIR02')
  const mir02 = computers.getByTestId('computer:SQL-MIR02')
  await expect(mir02.getByTestId('computer-agent')).toHaveText('Not installed')
  await mir02.getByRole('button', { name: 'Install agent' }).click()
  await expect(mir02.getByTestId('computer-agent')).toHaveText('OK')
  await mir02.getByRole('button', { name: 'Remove agent' }).click()
  await expect(mir02.getByTestId('computer-agent')).toHaveText('Not installed')
})

test('S8 set-up: WarehouseDB on SQL-STD02 made the principal of a mirror on SQL-STD03', async ({ page }) => {
  await openConsole(page)
  const panel = await openLabPanel(page)
  const form = panel.getByRole('form', { name: 'Make a database the mirror of another' })
  await form.getByRole('combobox', { name: 'Principal database' }).fill('WarehouseDB')
  await form.getByRole('combobox', { name: 'Mirror instance' }).fill('SQL-STD03')
  await form.getByRole('button', { name: 'Make mirror' }).click()
  await expect(form.getByRole('combobox', { name: 'Principal database' })).toHaveAccessibleDescription(
    /COMPUTER\\INSTANCE\\DATABASE/,
  )
  await expect(form).toContainText('Enter the mirror instance as COMPUTER\\INSTANCE.')

  await form.getByRole('combobox', { name: 'Principal database' }).fill(WAREHOUSE_STD02)
  await form.getByRole('combobox', { name: 'Mirror instance' }).fill(STD03_INSTANCE)
  await form.getByRole('button', { name: 'Make mirror' }).click()
  await expect(form.getByRole('status')).toContainText('Mirroring established')
  const session = panel.getByTestId('session:WarehouseDB')
  await expect(session.getByTestId('session-principal')).toHaveText('SQL-STD02\\MSSQLSERVER')
  await expect(session.getByTestId('session-mirror')).toHaveText(STD03_INSTANCE)

  // The lab's refusal is shown next to the form: WarehouseDB is mirrored already.
  await form.getByRole('button', { name: 'Make mirror' }).click()
  await expect(form.getByRole('alert')).toContainText(/mirror/i)
})

test('faults: refused names are explained; while faults are on the status bar says so', async ({ page }) => {
  await openConsole(page)
  const panel = await openLabPanel(page)
  const faults = panel.getByRole('form', { name: 'Faults' })
  await faults.getByRole('textbox', { name: 'Unreachable computers' }).fill('SQL-NOPE')
  await faults.getByRole('button', { name: 'Apply faults' }).click()
  await expect(faults).toContainText('Not a computer of this estate: SQL-NOPE.')
  await expect(page.getByTestId('faults-indicator')).toHaveCount(0)

  await faults.getByRole('spinbutton', { name: 'Latency (ms)' }).fill('50')
  await faults.getByRole('spinbutton', { name: 'Error rate (%)' }).fill('10')
  await faults.getByRole('textbox', { name: 'Unreachable computers' }).fill('sql-mir01')
  await faults.getByRole('button', { name: 'Apply faults' }).click()
  await expect(page.getByTestId('faults-indicator')).toHaveText(
    'Faults on: latency 50 ms; error rate 10 %; unreachable: SQL-MIR01',
  )
  await panel.getByRole('searchbox', { name: 'Filter computers' }).fill('SQL-MIR01')
  await expect(panel.getByTestId('computer:SQL-MIR01').getByTestId('computer-agent')).toHaveText(
    'Unreachable',
  )

  // Faults set from a test suite show too, and Clear faults heals the estate.
  await lab(page).faults({ latencyMs: 20 })
  await expect(page.getByTestId('faults-indicator')).toHaveText('Faults on: latency 20 ms')
  // The open form shows them.
  await expect(faults.getByRole('spinbutton', { name: 'Latency (ms)' })).toHaveValue('20')
  await expect(faults.getByRole('spinbutton', { name: 'Error rate (%)' })).toHaveValue('0')
  await expect(faults.getByRole('textbox', { name: 'Unreachable computers' })).toHaveValue('')
  await faults.getByRole('button', { name: 'Clear faults' }).click()
  await expect(page.getByTestId('faults-indicator')).toHaveCount(0)
  await expect(faults.getByTestId('lab-faults')).toHaveText('In force: no faults.')
})

test('reset asks for the preset name or RESET; Run to the next job stops at the next job', async ({
  page,
}) => {
  await openConsole(page)
  const panel = await openLabPanel(page)
  await expect(panel.getByTestId('lab-next-job')).toHaveText('No job is scheduled.')
  await expect(panel.getByRole('button', { name: 'Run to the next job' })).toBeDisabled()

  await createProtectionGroup(page, [HR_DB], { name: 'HR' })
  await lab(page).advance(5)
  // The replica was created at 09:00; the next synchronization is due 15 minutes after it.
  await expect(panel.getByTestId('lab-next-job')).toHaveText('Next job: 2026-01-05 09:15 UTC')
  await panel.getByRole('button', { name: 'Run to the next job' }).click()
  await expect(page.getByTestId('sim-clock')).toHaveText('2026-01-05 09:15 UTC')
  await expect(panel.getByTestId('lab-next-job')).not.toHaveText('Next job: 2026-01-05 09:15 UTC')

  await panel.getByRole('button', { name: 'Reset', exact: true }).click()
  const confirm = page.getByRole('alertdialog', { name: 'Reset the lab' })
  await confirm.getByRole('textbox').fill('yes')
  await confirm.getByRole('button', { name: 'Reset' }).click()
  await expect(confirm).toContainText('Type default or RESET to reset; nothing was reset.')
  await expect(page.getByTestId('sim-clock')).toHaveText('2026-01-05 09:15 UTC')
  await confirm.getByRole('textbox').fill('default')
  await confirm.getByRole('button', { name: 'Reset' }).click()
  await expect(confirm).toBeHidden()
  await expect(page.getByTestId('sim-clock')).toHaveText('2026-01-05 09:00 UTC')
  await expect(panel.getByTestId('lab-next-job')).toHaveText('No job is scheduled.')
})

test('the large preset: 2,000 computers and sessions, one page of each at a time', async ({ page }) => {
  await openConsole(page, { preset: 'large' })
  const panel = await openLabPanel(page)
  await expect(panel.getByTestId('lab-estate-summary')).toContainText('2000 computers, 40000 databases')
  const computers = panel.getByRole('table', { name: 'Computers' })
  await expect(computers.getByRole('row')).toHaveCount(21)
  await expect(panel.getByRole('region', { name: 'Computers' })).toContainText('1-20 of 2,000')
  await panel.getByRole('button', { name: 'Next page of computers' }).click()
  await expect(panel.getByRole('region', { name: 'Computers' })).toContainText('21-40 of 2,000')
  await expect(panel.getByRole('table', { name: 'Mirroring sessions' }).getByRole('row')).toHaveCount(21)
  await expect(panel.getByRole('region', { name: 'Mirroring sessions' })).toContainText('of 2,000')
})

test('mirroring sessions: a computer or instance name breaks only after a separator, the whole on hover', async ({
  page,
}) => {
  await openConsole(page)
  const panel = await openLabPanel(page)
  const session = panel.getByTestId('session:SalesDB')
  for (const [cell, path] of [
    ['session-principal', 'SQL-PRI01\\MSSQLSERVER'],
    ['session-mirror', 'SQL-MIR01\\MSSQLSERVER'],
  ] as const) {
    const name = session.getByTestId(cell)
    await expect(name).toHaveText(path)
    await expect(name).toHaveAttribute('title', path)
    // Each run of text is on one line: a line may end only between runs, that is after a separator.
    const lines = await name.evaluate((element) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
      const counts: [string, number][] = []
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const range = document.createRange()
        range.selectNodeContents(node)
        counts.push([node.textContent ?? '', range.getClientRects().length])
      }
      return counts
    })
    expect(lines.map(([text]) => text).join('')).toBe(path)
    for (const [text, count] of lines) expect(count, text).toBe(1)
  }
})

test('availability groups: the form marks a bad group, replica or priority at its field, and acts through the lab', async ({
  page,
}) => {
  await openConsole(page)
  const panel = await openLabPanel(page)
  const orders = panel
    .getByRole('table', { name: 'Availability groups' })
    .getByTestId('availability-group:AG-Orders')
  await expect(orders).toContainText('SQLAGCLU01\\AG-Orders (OrdersDB, ShippingDB)')
  await expect(orders).toContainText('Prefer secondary')
  const form = panel.getByRole('form', { name: 'Change an availability group' })
  const group = form.getByRole('textbox', { name: 'Availability group' })
  const replica = form.getByRole('textbox', { name: 'Replica' })
  const priority = form.getByRole('textbox', { name: 'Backup priority' })

  await group.fill('AG-Nope')
  await form.getByRole('button', { name: 'Primary fails' }).click()
  await expect(group).toHaveAttribute('aria-invalid', 'true')
  await expect(group).toHaveAccessibleDescription(/There is no availability group AG-Nope/)
  await group.fill('ag-orders')
  await replica.fill('SQL-AG11')
  await form.getByRole('button', { name: 'Replica offline' }).click()
  await expect(replica).toHaveAccessibleDescription(/SQL-AG11 hosts no replica of AG-Orders/)
  await expect(group).not.toHaveAttribute('aria-invalid', 'true')

  await replica.fill('SQL-AG03')
  await form.getByRole('button', { name: 'Replica offline' }).click()
  await expect(orders).toContainText('SQL-AG03: secondary (offline)')
  // The lab's own refusal, for the whole form.
  await form.getByRole('button', { name: 'Replica offline' }).click()
  await expect(form.getByRole('alert')).toContainText('is already offline')

  await priority.fill('101')
  await form.getByRole('button', { name: 'Set backup priority' }).click()
  await expect(priority).toHaveAttribute('aria-invalid', 'true')
  await priority.fill('0')
  await form.getByRole('button', { name: 'Set backup priority' }).click()
  await expect(orders).toContainText('SQL-AG03: secondary (offline), async, priority 0')

  await form.getByRole('combobox', { name: 'Backup preference' }).selectOption('Any replica')
  await form.getByRole('button', { name: 'Set backup preference' }).click()
  await expect(orders).toContainText('Any replica')
  // Fail over with no replica named: to the synchronous automatic-failover secondary.
  await replica.fill('')
  await form.getByRole('button', { name: 'Fail over' }).click()
  await expect(orders).toContainText('SQL-AG02: primary')
})
