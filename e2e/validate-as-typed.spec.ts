// Fields say what is wrong while the admin types, next to the field, before Next; the message goes as soon as
// the value is right, and Next still refuses a wrong value. Typed key by key, as a person would.
import { lab } from './kit/console'
import { HR_DB } from './kit/demo-estate'
import { expect, test } from './kit/fixtures'
import { openRecoveryWizard, recoveryNext } from './kit/recovery'
import { createProtectionGroup, expectPage, next, openMembers, selectDatabases } from './kit/wizard'

/** From the default start (Monday 09:00) past the first 8:00 PM express full backup. */
const PAST_FIRST_EXPRESS_FULL_MINUTES = 12 * 60

test('Create New Protection Group: the group name, the retention range and a backup time are checked as typed', async ({
  consolePage: page,
}) => {
  const dialog = await openMembers(page)
  await selectDatabases(dialog, [HR_DB])
  await next(dialog, 'Select Data Protection Method')
  const name = dialog.getByRole('textbox', { name: 'Protection group name' })
  // An empty name is not pointed out before the admin typed or pressed Next.
  await expect(name).not.toHaveAccessibleDescription(/Enter a name/)
  await name.pressSequentially('HR (daily)')
  await expect(name).toHaveAccessibleDescription(
    /cannot contain the characters \| \/ \( \) \. \(found: \( \)\)/,
  )
  await expectPage(dialog, 'Select Data Protection Method')
  await name.press('ControlOrMeta+a')
  await name.press('Backspace')
  await expect(name).toHaveAccessibleDescription(/Enter a name for the protection group\./)
  await name.pressSequentially('HR daily')
  await expect(name).not.toHaveAccessibleDescription(/protection group/)
  await next(dialog, 'Specify Short-Term Goals')

  const retention = dialog.getByRole('spinbutton', { name: 'Retention range' })
  await retention.press('ControlOrMeta+a')
  await retention.pressSequentially('500')
  await expect(retention).toHaveAccessibleDescription(/The retention range must be between 1 and 448 days\./)
  await dialog.getByRole('button', { name: 'Next', exact: true }).click()
  await expectPage(dialog, 'Specify Short-Term Goals')
  await retention.press('Backspace')
  await retention.press('Backspace')
  await expect(retention).not.toHaveAccessibleDescription(/retention range must be/)
  await expect(retention).toHaveValue('5')

  // An express full backup time: cleared, then a time listed twice, then a good one.
  await dialog.getByRole('button', { name: 'Modify' }).click()
  await dialog.getByRole('button', { name: 'Add time' }).click()
  const time = dialog.getByLabel('Express full backup time 2')
  await time.click()
  await time.press('Backspace')
  await expect(time).toHaveAccessibleDescription(/Enter every time in full, as HH:MM/)
  await expect(time).toHaveAttribute('aria-invalid', 'true')
  await time.fill('20:00')
  await expect(time).toHaveAccessibleDescription(/Each time can be listed once\./)
  await time.fill('06:30')
  await expect(time).not.toHaveAttribute('aria-invalid')
  await expect(dialog).toContainText('Express Full Backup: 6:30 AM, 8:00 PM Everyday')
  await next(dialog, 'Review Disk Storage Allocation')
})

test('Recovery Wizard: the network folder and the e-mail recipients are checked as typed', async ({
  consolePage: page,
}) => {
  await createProtectionGroup(page, [HR_DB], { name: 'HR' })
  await lab(page).advance(PAST_FIRST_EXPRESS_FULL_MINUTES)
  const wizard = await openRecoveryWizard(page, HR_DB)
  await recoveryNext(wizard, 'Select Recovery Type')
  await wizard.getByRole('radio', { name: 'Copy to a network folder' }).check()
  await recoveryNext(wizard, 'Specify Alternate Recovery Location')
  const folder = wizard.getByRole('textbox', { name: 'Network folder' })
  await expect(folder).not.toHaveAccessibleDescription(/Enter the network folder/)
  await folder.pressSequentially('D:\\')
  await expect(folder).toHaveAccessibleDescription(/A network folder is a UNC path that starts with \\\\\./)
  await folder.press('ControlOrMeta+a')
  await folder.pressSequentially('\\\\SQL-STD02')
  await expect(folder).toHaveAccessibleDescription(/Type the share name after \\\\SQL-STD02\\\./)
  await folder.pressSequentially('\\Recovery\\HR')
  await expect(folder).not.toHaveAccessibleDescription(/UNC path|share name|server name/)
  await recoveryNext(wizard, 'Specify Recovery Options')

  await wizard.getByRole('checkbox', { name: 'Send an e-mail when the recovery completes' }).check()
  const recipients = wizard.getByRole('textbox', { name: 'Recipients' })
  await expect(recipients).not.toHaveAccessibleDescription(/Enter at least one/)
  await recipients.pressSequentially('dba')
  await expect(recipients).toHaveAccessibleDescription(/"dba" is not an e-mail address\./)
  await wizard.getByRole('button', { name: 'Next' }).click()
  await expect(wizard.getByRole('heading', { name: 'Specify Recovery Options' })).toBeVisible()
  await recipients.press('End')
  await recipients.pressSequentially('@contoso.local')
  await expect(recipients).not.toHaveAccessibleDescription(/e-mail address/)
  await recoveryNext(wizard, 'Summary')
})
