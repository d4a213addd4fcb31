// The hostile preset: computer, instance and database names that carry markup and script payloads, a
// 200-character name, right-to-left text, emoji and combining marks. Everything renders as text, no script
// runs, nothing breaks the Content-Security-Policy and the layout holds.
import type { Page } from '@playwright/test'
import { lab, openLabPanel, openTab } from './kit/console'
import { expect, test } from './kit/fixtures'
import {
  checkbox,
  createGroup,
  expand,
  member,
  next,
  nextUntil,
  openMembers,
  selectedMembers,
} from './kit/wizard'

const IMG = '<img src=x onerror=alert(1)>'
const SCRIPT = '"><script>alert(1)</script>'
const SVG = '<svg onload=alert(1)>'
const LONG_DB = `Long${'x'.repeat(196)}`
const SCRIPT_DB = `${SCRIPT}\\${SVG}\\${SCRIPT}`

test.use({ preset: 'hostile', startTab: 'protection' })

// Before any page script: any payload that ran would call one of these, or fire a CSP violation.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const probe = window as unknown as { __pwned: string[]; __csp: string[] }
    probe.__pwned = []
    probe.__csp = []
    for (const name of ['alert', 'confirm', 'prompt'] as const) {
      Object.defineProperty(window, name, {
        value: (...args: unknown[]) => {
          probe.__pwned.push(`${name}(${args.join(',')})`)
        },
      })
    }
    document.addEventListener('securitypolicyviolation', (event) =>
      probe.__csp.push(`${event.violatedDirective} ${event.blockedURI}`),
    )
  })
})

async function expectNothingRan(page: Page, dialogs: string[]): Promise<void> {
  const probe = await page.evaluate(() => {
    const p = window as unknown as { __pwned: string[]; __csp: string[] }
    return {
      pwned: p.__pwned,
      csp: p.__csp,
      // Markup from a name would have become elements: none of the payloads' tags may exist.
      injected: [
        ...document.querySelectorAll(
          'img[src="x"], svg[onload], script:not([src]), b, i:not([data-tabster-dummy]), u',
        ),
      ].map((element) => element.outerHTML.slice(0, 120)),
    }
  })
  expect(dialogs, 'dialogs opened by the page').toEqual([])
  expect(probe.pwned, 'alert/confirm/prompt calls').toEqual([])
  expect(probe.csp, 'Content-Security-Policy violations').toEqual([])
  expect(probe.injected, 'elements injected from names').toEqual([])
}

async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0)
}

test('hostile names render as text in every screen, run nothing, and keep the layout', async ({
  consolePage: page,
}) => {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })

  const dialog = await openMembers(page)
  await expect(member(dialog, IMG)).toContainText(IMG)
  await expand(dialog, IMG)
  const longRow = member(dialog, `${IMG}\\MSSQLSERVER\\${LONG_DB}`)
  await expect(longRow).toContainText(LONG_DB)
  // A very long name stays inside the dialog: it wraps or is cut with its full text in a title.
  const [rowBox, dialogBox] = [await longRow.boundingBox(), await dialog.boundingBox()]
  expect((rowBox?.x ?? 0) + (rowBox?.width ?? 0)).toBeLessThanOrEqual(
    (dialogBox?.x ?? 0) + (dialogBox?.width ?? 0),
  )
  await checkbox(dialog, `${IMG}\\MSSQLSERVER\\${LONG_DB}`).check()
  await expand(dialog, SCRIPT)
  await checkbox(dialog, SCRIPT_DB).check()
  await expect(dialog.getByTestId('mirror-details')).toContainText(SCRIPT)
  await expect(selectedMembers(dialog)).toHaveCount(2)
  await expectNoHorizontalOverflow(page)
  await createGroup(dialog, 'Hostile')
  await dialog.getByRole('button', { name: 'Close' }).click()

  await lab(page).advance(60 * 12)
  await expect(page.getByTestId(`ds:${SCRIPT_DB}`)).toContainText(SCRIPT)
  await expectNoHorizontalOverflow(page)

  await openTab(page, 'Monitoring')
  await page.getByRole('tab', { name: 'Jobs' }).click()
  await expect(page.getByRole('grid', { name: 'Jobs' })).toContainText(LONG_DB)
  await expectNoHorizontalOverflow(page)

  await openTab(page, 'Recovery')
  await expect(page.getByRole('tree', { name: 'Protected data' })).toContainText(IMG)
  await openTab(page, 'Management')
  await expect(page.getByRole('table', { name: 'Agents' })).toContainText('SQL-\u202EREVRES')
  await expectNoHorizontalOverflow(page)

  const labPanel = await openLabPanel(page)
  await expect(labPanel).toContainText(SCRIPT)
  await expectNothingRan(page, dialogs)
})

test('View script quotes every quote character PowerShell knows, so a pasted script runs only what it shows', async ({
  consolePage: page,
}) => {
  const database = 'Pay\u2019; Stop-Computer -Force; \u2019x'
  const dialog = await openMembers(page)
  await expand(dialog, IMG)
  await checkbox(dialog, `${IMG}\\MSSQLSERVER\\${database}`).check()
  await next(dialog, 'Select Data Protection Method')
  await dialog.getByRole('textbox', { name: 'Protection group name' }).fill('Bob\u2018s \u201Agroup\u201B')
  await nextUntil(dialog, 'Summary')
  await dialog.getByRole('button', { name: 'View script' }).click()
  const script = dialog.locator('code')
  await expect(script).toContainText(
    "New-DPMProtectionGroup -DPMServerName $dpmServer -Name 'Bob\u2018\u2018s \u201A\u201Agroup\u201B\u201B'",
  )
  await expect(script).toContainText(
    "$_.Instance -eq '<img src=x onerror=alert(1)>\\MSSQLSERVER' -and $_.Name -eq 'Pay\u2019\u2019; Stop-Computer -Force; \u2019\u2019x'",
  )
})
