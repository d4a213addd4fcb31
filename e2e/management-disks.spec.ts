// Management > Disks: the storage pool's disks with what uses them, Add and Rescan; the same figures as the
// wizard's Review Disk Storage Allocation and the disk utilization report.
import { expect, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './kit/axe'
import { lab, openLabPanel, openTab } from './kit/console'
import { HR_DB } from './kit/demo-estate'
import { test } from './kit/fixtures'
import { createProtectionGroup } from './kit/wizard'

test.use({ startTab: 'management' })

async function openDisks(page: Page) {
  await openTab(page, 'Management')
  await page.getByRole('tablist', { name: 'Management views' }).getByRole('tab', { name: 'Disks' }).click()
  return page.getByRole('region', { name: 'Disks' })
}

const fact = (page: Page, term: string) =>
  page.getByRole('region', { name: 'Disks' }).locator('dt', { hasText: term }).locator('+ dd')

test('the disks show the volumes of a protected database, and Add takes a disk the last rescan found', async ({
  consolePage: page,
}) => {
  await createProtectionGroup(page, [HR_DB], { name: 'HR' })
  const disks = await openDisks(page)
  await expect(disks.getByTestId('disk:Disk 1')).toBeVisible()
  await expect(disks.getByTestId('disk:Disk 2')).toBeVisible()
  await expect(fact(page, 'Total Storage')).toHaveText('8,192 GB')
  // HRDB's two volumes sit on Disk 1.
  for (const volume of ['Replica volume', 'Recovery point volume']) {
    const kind = volume === 'Replica volume' ? 'replica' : 'recovery-point'
    const row = disks.getByTestId(`volume:Disk 1:${HR_DB}:${kind}`)
    await expect(row).toContainText('HR')
    await expect(row).toContainText(volume)
  }
  const freeHere = await fact(page, 'Free Storage').textContent()
  await expectNoAxeViolations(page)

  // Add lists the disk the DPM server has beyond its pool.
  await disks.getByRole('button', { name: 'Add' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add Disks to Storage Pool' })
  await dialog.getByRole('checkbox', { name: 'Disk 3 (2,048 GB)' }).check()
  await dialog.getByRole('button', { name: 'Add' }).click()
  await expect(disks.getByTestId('disk:Disk 3')).toBeVisible()
  await expect(fact(page, 'Total Storage')).toHaveText('10,240 GB')
  await expect(fact(page, 'Free Storage')).not.toHaveText(freeHere ?? '')

  // The disk utilization report reads the same pool.
  await openTab(page, 'Reporting')
  await page.getByRole('tablist', { name: 'Reports' }).getByRole('tab', { name: 'Disk utilization' }).click()
  await expect(page.getByText(/^Free Storage: .* of 10,240 GB/)).toBeVisible()
})

test('a disk the lab attaches is found by Rescan, not before', async ({ consolePage: page }) => {
  const disks = await openDisks(page)
  await disks.getByRole('button', { name: 'Add' }).click()
  let dialog = page.getByRole('dialog', { name: 'Add Disks to Storage Pool' })
  await expect(dialog.getByRole('checkbox')).toHaveCount(1)
  await expectNoAxeViolations(page, '[role="dialog"]')
  await dialog.getByRole('button', { name: 'Cancel' }).click()

  await lab(page).attachDisk(500)
  await disks.getByRole('button', { name: 'Add' }).click()
  dialog = page.getByRole('dialog', { name: 'Add Disks to Storage Pool' })
  await expect(dialog.getByRole('checkbox')).toHaveCount(1)
  await dialog.getByRole('button', { name: 'Cancel' }).click()

  await disks.getByRole('button', { name: 'Rescan' }).click()
  await expect(disks.getByRole('status')).toHaveText(
    'Rescan found 4 disks attached to the DPM server; 2 not in the storage pool.',
  )
  await disks.getByRole('button', { name: 'Add' }).click()
  await dialog.getByRole('checkbox', { name: 'Disk 4 (500 GB)' }).check()
  await dialog.getByRole('button', { name: 'Add' }).click()
  await expect(disks.getByTestId('disk:Disk 4')).toContainText('500 GB')
  await expect(fact(page, 'Total Storage')).toHaveText('8,692 GB')
})

test("the lab panel's form attaches a disk, refuses a bad size next to the field, and Rescan finds it", async ({
  consolePage: page,
}) => {
  const panel = await openLabPanel(page)
  const form = panel.getByRole('form', { name: 'Attach a disk to the DPM server' })
  const size = form.getByRole('textbox', { name: 'Disk size (GB)' })
  await size.fill('0')
  await form.getByRole('button', { name: 'Attach disk' }).click()
  await expect(size).toHaveAttribute('aria-invalid', 'true')
  await expect(form.getByRole('status')).toHaveCount(0)
  await size.fill('750')
  await form.getByRole('button', { name: 'Attach disk' }).click()
  await expect(form.getByRole('status')).toHaveText(
    'A 750 GB disk was attached to the DPM server: Rescan in Management > Disks finds it.',
  )

  // With the lab panel open beside it, Management > Disks is still the one region named Disks.
  const disks = await openDisks(page)
  await disks.getByRole('button', { name: 'Rescan' }).click()
  await expect(disks.getByRole('status')).toHaveText(
    'Rescan found 4 disks attached to the DPM server; 2 not in the storage pool.',
  )
})
