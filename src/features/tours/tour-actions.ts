// What a tour's Do it does, in the admin's steps: open a tab, protect databases with the Create New
// Protection Group wizard, read an alert. The estate and the clock change through window.dpmLab, as in a test
// suite: a tour uses nothing but the public contract.
import { setClockMode } from '../../sim-clock/clock'
import { check, click, type ElementQuery, fill, find, queryFirst, waitUntil } from './ui-driver'

export type ConsoleTabName = 'Monitoring' | 'Protection' | 'Recovery' | 'Reporting' | 'Management'

const navigationTab = (name: ConsoleTabName): ElementQuery => ({
  selector: '[role="tab"]',
  name,
  within: { selector: '[role="tablist"][aria-label="Navigation"]' },
})

export const dialogNamed = (name: string): ElementQuery => ({ selector: '[role="dialog"]', name })
const WIZARD = dialogNamed('Create New Protection Group')
const button = (name: string, within?: ElementQuery): ElementQuery => ({ selector: 'button', name, within })

export async function openTab(name: ConsoleTabName): Promise<void> {
  await click(navigationTab(name))
  await find({ ...navigationTab(name), selector: '[role="tab"][aria-selected="true"]' })
}

export async function openMonitoringView(view: 'Alerts' | 'Jobs'): Promise<void> {
  await openTab('Monitoring')
  const tab: ElementQuery = {
    selector: '[role="tab"]',
    name: view,
    within: { selector: '[role="tablist"][aria-label="Monitoring views"]' },
  }
  await click(tab)
  await find({ selector: `[role="grid"][aria-label="${view}"]` })
}

/** window.dpmLab: present whenever the mock agents run. */
export function lab(): NonNullable<Window['dpmLab']> {
  if (!window.dpmLab) throw new Error('The lab is not available: the mock agents are not running.')
  return window.dpmLab
}

/** Starts a fresh default world with the clock paused, on the given tab. */
export async function freshDemoWorld(tab: ConsoleTabName): Promise<void> {
  setClockMode('manual')
  await lab().reset('default')
  await openTab(tab)
}

const wizardHeading = () =>
  queryFirst({ selector: '#protection-wizard-page-title', within: WIZARD })?.textContent?.trim()

/** Presses Next until the wizard shows the page titled `title`. */
export async function wizardNextUntil(title: string): Promise<void> {
  for (let step = 0; step < 10 && wizardHeading() !== title; step++) {
    const before = wizardHeading()
    await click(button('Next', WIZARD))
    await waitUntil(() => wizardHeading() !== before, `the wizard to leave the page ${before}`)
  }
  await waitUntil(() => wizardHeading() === title, `the wizard page ${title}`)
}

/** Opens Create New Protection Group from the Protection tab, at Select Group Members. */
export async function openWizardAtMembers(): Promise<void> {
  if (!queryFirst(WIZARD)) {
    await openTab('Protection')
    await click(button('New', { selector: '[role="toolbar"][aria-label="Protection actions"]' }))
  }
  await find(WIZARD)
  await wizardNextUntil('Select Group Members')
}

export const searchMembers = (text: string) =>
  fill({ selector: 'input[aria-label="Search members"]', within: WIZARD }, text)

/** Refresh: DPM lists members from its cache of what the agents reported until then. */
export const refreshMembers = () => click(button('Refresh', WIZARD))

const SEARCH_START_MS = 1_500
const searching = () => queryFirst({ selector: '[role="status"]', text: 'Searching for', within: WIZARD })

/**
 * Checks a database in Available members, found with Search members. The list may first show what DPM had
 * cached (Refresh marks it stale): wait for the agents' answer before checking, as an admin would.
 */
export async function selectMember(path: string): Promise<void> {
  await searchMembers(databaseName(path))
  const started = Date.now()
  await waitUntil(() => searching() || Date.now() - started > SEARCH_START_MS, 'the search to start')
  await waitUntil(() => !searching(), 'the agents to answer the search')
  await check({ selector: 'input[type="checkbox"]', within: { testId: `member:${path}` } })
}

/** From Select Group Members (members chosen) to the Status page, with the defaults and this name. */
export async function createGroup(groupName: string): Promise<void> {
  await searchMembers('')
  await wizardNextUntil('Select Data Protection Method')
  await fill({ selector: 'input[type="text"]', within: WIZARD }, groupName)
  await wizardNextUntil('Summary')
  await click(button('Create Group', WIZARD))
  await waitUntil(() => wizardHeading() === 'Status', 'the Status page')
}

export async function closeWizard(): Promise<void> {
  await click(button('Close', WIZARD))
  await waitUntil(() => !queryFirst(WIZARD), 'the wizard to close')
}

/** Protects the databases in a new protection group with the wizard's defaults, and closes it. */
export async function protectWithWizard(paths: string[], groupName: string): Promise<void> {
  await openWizardAtMembers()
  await refreshMembers()
  for (const path of paths) await selectMember(path)
  await createGroup(groupName)
  await closeWizard()
}

/** Selects the active alert with this title on Monitoring > Alerts and shows its details. */
export async function showAlert(title: string, source?: string): Promise<void> {
  await openMonitoringView('Alerts')
  const row = await find({ selector: '[data-testid^="alert:"]', text: title })
  if (source !== undefined && !row.textContent?.includes(source)) {
    await click({ selector: '[data-testid^="alert:"]', text: source })
  } else row.click()
  await find({ selector: 'section[aria-label="Alert details"]', text: title })
}

/**
 * S4, S5: the alert's recommended action stops protection retaining the data and opens the wizard, where the
 * database is protected again.
 */
export async function reprotectFromAlert(paths: string[], groupName: string): Promise<void> {
  await click(
    button('Stop protection retaining data and protect again', {
      selector: 'section[aria-label="Alert details"]',
    }),
  )
  await find(WIZARD)
  await protectWithWizard(paths, groupName)
}

/** Selects a member's row on the Protection tab. */
export async function selectProtectedRow(query: ElementQuery): Promise<void> {
  await openTab('Protection')
  await click(query)
  await find({ ...query, selector: `${query.selector ?? '*'}[aria-selected="true"]` })
}

export const databaseName = (path: string) => path.slice(path.lastIndexOf('\\') + 1)
