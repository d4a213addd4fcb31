// Export state and Import state in the Lab: the file brings back the DPM server state, the estate and the
// clock; a bad file is refused with a clear message and changes nothing.
import { readFileSync, writeFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { lab, openLabPanel } from './kit/console'
import { HR_DB, SALES_DB } from './kit/demo-estate'
import { expect, test } from './kit/fixtures'
import { expectMemberStatus } from './kit/protection'
import { createProtectionGroup } from './kit/wizard'

test.use({ startTab: 'protection' })

const worldState = (page: Page) =>
  page.evaluate(async () => {
    window.dispatchEvent(new Event('pagehide')) // coalesced writes out now
    // Parsed: the same state may be written with its keys in another order.
    const { server, estate: storedEstate } = JSON.parse(localStorage.getItem('dpm-console:world') ?? '{}')
    const stored = { server, estate: storedEstate }
    const estate = await (await fetch('/lab/v1/estate')).json()
    return { stored, estate, now: window.dpmLab?.now() }
  })

async function chooseFile(page: Page, path: string): Promise<void> {
  const panel = await openLabPanel(page)
  const chooser = page.waitForEvent('filechooser')
  await panel.getByRole('button', { name: 'Import state' }).click()
  await (await chooser).setFiles(path)
}

test('an exported state imports back exactly', async ({ consolePage: page }, testInfo) => {
  await createProtectionGroup(page, [SALES_DB, HR_DB], { name: 'Sales and HR' })
  await lab(page).advance(60)
  await lab(page).principalFails(SALES_DB)
  await lab(page).advance(10)
  const exported = await worldState(page)
  const clock = (await page.getByTestId('sim-clock').textContent()) ?? ''

  const panel = await openLabPanel(page)
  const download = page.waitForEvent('download')
  await panel.getByRole('button', { name: 'Export state' }).click()
  const file = testInfo.outputPath('state.json')
  await (await download).saveAs(file)

  await lab(page).reset('empty')
  await lab(page).advance(600)
  await expect(page.getByTestId(`ds:${SALES_DB}`)).toHaveCount(0)
  const replaced = await worldState(page)
  const replacedClock = (await page.getByTestId('sim-clock').textContent()) ?? ''

  await chooseFile(page, file)
  await expect(panel).toContainText('Import the state exported at')
  await expect(panel).toContainText(
    'The current world is kept until this page is closed or reloaded: Undo import puts it back.',
  )
  await panel.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(panel.getByRole('status')).toContainText('Imported the state')
  await expect(page.getByTestId('sim-clock')).toHaveText(clock)
  expect(await worldState(page)).toEqual(exported)
  await expectMemberStatus(page, SALES_DB, 'Consistency check scheduled')
  await expectMemberStatus(page, HR_DB, 'OK')

  // One click puts the world the import replaced back.
  await panel.getByRole('button', { name: 'Undo import' }).click()
  await expect(panel.getByRole('status')).toContainText('The import was undone')
  await expect(page.getByTestId('sim-clock')).toHaveText(replacedClock)
  await expect(page.getByTestId(`ds:${SALES_DB}`)).toHaveCount(0)
  expect(await worldState(page)).toEqual(replaced)
})

test('a file with a clock no screen could show is refused, and the page keeps working', async ({
  consolePage: page,
}, testInfo) => {
  const panel = await openLabPanel(page)
  const download = page.waitForEvent('download')
  await panel.getByRole('button', { name: 'Export state' }).click()
  const file = JSON.parse(readFileSync(await (await download).path(), 'utf8'))
  const path = testInfo.outputPath('far-future.json')
  writeFileSync(path, JSON.stringify({ ...file, clock: { ...file.clock, now: 1e16 } }))
  await chooseFile(page, path)
  await expect(panel.getByRole('alert')).toContainText(
    "The clock in the file, 10000000000000000, cannot be used: it is outside the simulated clock's range",
  )
  await page.reload()
  await expect(page.getByTestId('sim-clock')).toHaveText('2026-01-05 09:00 UTC')
})

test('a bad file is refused with the reason, and nothing changes', async ({
  consolePage: page,
}, testInfo) => {
  await createProtectionGroup(page, [HR_DB], { name: 'HR' })
  await lab(page).advance(30)
  const before = await worldState(page)

  const files: [string, string, RegExp][] = [
    ['not-json.json', '{"format": "dpm-console-state", ', /The file is not JSON\. Nothing was changed\./],
    ['other.json', '{"hello": "world"}', /not a DPM Console state file: format: expected "format"/],
    [
      'damaged.json',
      JSON.stringify({
        format: 'dpm-console-state',
        version: 1,
        exportedAt: '2026-01-05T09:00:00.000Z',
        clock: { now: Date.parse('2026-01-05T09:00:00Z'), mode: 'manual', speed: 60 },
        server: { version: 2, state: { groups: 'none' } },
        estate: {
          version: 1,
          preset: 'default',
          firstSeq: 1,
          startedAt: Date.parse('2026-01-05T09:00:00Z'),
          log: [],
        },
      }),
      /The DPM server state in the file cannot be read: groups: /,
    ],
  ]
  const panel = await openLabPanel(page)
  for (const [name, text, message] of files) {
    const path = testInfo.outputPath(name)
    writeFileSync(path, text)
    await chooseFile(page, path)
    await expect(panel.getByRole('alert')).toContainText(message)
    await expect(panel.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0)
  }
  expect(await worldState(page)).toEqual(before)
  await expectMemberStatus(page, HR_DB, 'OK')
})
