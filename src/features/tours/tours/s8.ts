// S8: one protected database is made the mirror of another protected database. Protection fails for both
// partners; to continue, protect the principal.
import { protectWithWizard, selectProtectedRow } from '../tour-actions'
import type { Tour } from '../tour-types'
import { click, find } from '../ui-driver'
import { protectedMember, WAREHOUSE_STD02, WAREHOUSE_STD03 } from './demo-estate'
import {
  advanceThenShowAlert,
  alertLook,
  demoEstateStep,
  fixThenOpenProtection,
  mirrorWarehouseOntoStd03,
  protectThenAdvance,
} from './tour-steps'

const ALERT = 'Protection failed: protected databases are now mirror partners'

export const s8Tour: Tour = {
  id: 'S8',
  title: 'One protected database is made the mirror of another protected database',
  summary:
    'If one SQL Server database that is protected by DPM is made the mirror of another protected database, protection fails for both partners of the mirror.',
  steps: [
    demoEstateStep('SQL-STD02 and SQL-STD03 each hold a WarehouseDB, not mirrored.'),
    {
      title: 'Protect both databases',
      narration: 'Protect both WarehouseDBs in one protection group and let their replicas be created.',
      doIt: {
        label: 'Protect both in the group Warehouses, then +15 min',
        run: protectThenAdvance([WAREHOUSE_STD02, WAREHOUSE_STD03], 'Warehouses', 15),
      },
      look: { label: 'WarehouseDB on SQL-STD03: OK', at: protectedMember(WAREHOUSE_STD03) },
    },
    {
      title: 'One becomes the mirror of the other',
      narration:
        'The DBA mirrors WarehouseDB from SQL-STD02 onto SQL-STD03: the protected copy there becomes the mirror.',
      doIt: mirrorWarehouseOntoStd03,
      look: { label: 'WarehouseDB on SQL-STD03', at: protectedMember(WAREHOUSE_STD03) },
    },
    {
      title: 'Protection fails for both partners',
      narration: 'At the next backup protection fails for both partners of the mirror: one alert for each.',
      doIt: {
        label: 'Run the clock 15 minutes and open the alerts',
        run: advanceThenShowAlert(15, ALERT, WAREHOUSE_STD03),
      },
      look: alertLook(ALERT),
    },
    {
      title: 'Protect the principal',
      narration:
        'To continue protection, you must protect the principal partner: stop protection of both (retaining their data), then protect WarehouseDB on SQL-STD02.',
      doIt: {
        label: 'Stop protection of the group, retaining data, and protect the principal',
        run: fixThenOpenProtection(async () => {
          await selectProtectedRow({
            selector: '[role="treegrid"][aria-label="Protection groups"] tr',
            text: 'Warehouses',
          })
          await click({ selector: 'button', name: 'Stop protection' })
          const dialog = { selector: '[role="dialog"]', name: 'Stop Protection' }
          await find({ selector: 'input[type="radio"]:checked', within: dialog })
          await click({ selector: 'button', name: 'Stop Protection', within: dialog })
          await protectWithWizard([WAREHOUSE_STD02], 'Warehouse mirror')
        }),
      },
      look: {
        label: 'WarehouseDB protected as the principal, with its mirror',
        at: { ...protectedMember(WAREHOUSE_STD02), text: 'Mirror: SQL-STD03' },
      },
    },
  ],
}
