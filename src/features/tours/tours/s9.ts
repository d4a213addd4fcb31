// S9: recover a mirrored database. Always Recover to alternate location (Recover to any SQL instance), even
// to go back to the original place: give the path of either partner.
import { dialogNamed, openTab } from '../tour-actions'
import type { Tour } from '../tour-types'
import { check, click, type ElementQuery, fill, queryFirst, waitUntil } from '../ui-driver'
import { protectedMember, SALES_DB } from './demo-estate'
import { demoEstateStep, protectThenAdvance } from './tour-steps'

const WIZARD = dialogNamed('Recovery Wizard')
const heading = (title: string): ElementQuery => ({
  selector: '#recovery-page-title',
  name: title,
  within: WIZARD,
})

async function next(title: string): Promise<void> {
  await click({ selector: 'button', name: 'Next', within: WIZARD })
  await waitUntil(() => queryFirst(heading(title)), `the Recovery Wizard page ${title}`)
}

/** From the default start (Monday 09:00) past the first 8:00 PM express full backup. */
const PAST_FIRST_EXPRESS_FULL_MINUTES = 12 * 60

export const s9Tour: Tour = {
  id: 'S9',
  title: 'Recover a mirrored database',
  summary:
    'When you recover a mirrored SQL Server database, always use the Recover to alternate location option.',
  steps: [
    demoEstateStep('SalesDB is mirrored between SQL-PRI01 and SQL-MIR01.'),
    {
      title: 'Recovery points',
      narration: 'Protect SalesDB and run the clock past the 8:00 PM express full backup.',
      doIt: {
        label: 'Protect SalesDB in the group Sales, then +12 h',
        run: protectThenAdvance([SALES_DB], 'Sales', PAST_FIRST_EXPRESS_FULL_MINUTES),
      },
      look: { label: 'SalesDB: OK', at: protectedMember(SALES_DB) },
    },
    {
      title: 'Recover SalesDB',
      narration: 'On the Recovery tab, browse to SalesDB, pick the Latest recovery point and press Recover.',
      doIt: {
        label: 'Open the Recovery Wizard for SalesDB, Latest',
        run: async () => {
          await openTab('Recovery')
          await click({ testId: `recovery:${SALES_DB}` })
          await check({
            selector: 'input[type="radio"]',
            within: { selector: '[role="radiogroup"]', name: 'Recovery time' },
          })
          await click({ selector: 'button', name: 'Recover' })
          await waitUntil(() => queryFirst(heading('Review Recovery Selection')), 'the Recovery Wizard')
        },
      },
      look: { label: 'The Recovery Wizard', at: WIZARD },
    },
    {
      title: 'Always to an alternate location',
      narration:
        'Recover to original instance of SQL Server is not available while a mirroring session exists for this database (error 30223): always use Recover to any SQL instance.',
      doIt: { label: 'Next: Select Recovery Type', run: () => next('Select Recovery Type') },
      look: {
        label: 'The recovery types, the original instance disabled',
        at: { selector: '[role="radiogroup"][aria-label="Recovery type"]' },
      },
    },
    {
      title: 'The path of either partner',
      narration:
        'Even to go back to the original location, provide the path to either of the partners of the mirror: here SQL-MIR01, under a new database name.',
      doIt: {
        label: 'Recover to SQL-MIR01\\MSSQLSERVER as SalesDB_Recovered',
        run: async () => {
          await next('Specify Alternate Recovery Location')
          await fill({ selector: '[role="combobox"]', within: WIZARD }, 'SQL-MIR01\\MSSQLSERVER')
          await fill({ selector: 'input[type="text"]:not([role])', within: WIZARD }, 'SalesDB_Recovered')
        },
      },
      look: {
        label: 'The alternate recovery location',
        at: { selector: 'section[aria-labelledby="recovery-page-title"]' },
      },
    },
    {
      title: 'Recover',
      narration: 'Check the Summary and press Recover: the Recovery Status follows the job.',
      doIt: {
        label: 'Next to the Summary, then Recover',
        run: async () => {
          await next('Specify Recovery Options')
          await next('Summary')
          await click({ selector: 'button', name: 'Recover', within: WIZARD })
          await waitUntil(
            () => queryFirst({ testId: 'recovery-status', text: 'Completed' }),
            'the recovery to complete',
          )
        },
      },
      look: { label: 'Recovery Status: Completed', at: { testId: 'recovery-status' } },
    },
  ],
}
