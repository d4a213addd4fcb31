// DPM's page titles, in order, and which pages a Create or a Modify walks through.
import { WIZARD_PAGES, type WizardPage, type WizardTarget } from '../../dpm/protection-wizard-store'

export const PAGE_TITLES: Record<WizardPage, string> = {
  welcome: 'Welcome',
  type: 'Select Protection Group Type',
  members: 'Select Group Members',
  method: 'Select Data Protection Method',
  goals: 'Specify Short-Term Goals',
  disk: 'Review Disk Storage Allocation',
  replica: 'Choose Replica Creation Method',
  consistency: 'Choose Consistency Check Options',
  summary: 'Summary',
  status: 'Status',
}

/** The dialog's title: DPM opens Modify protection group as "Modify Group". */
export const WIZARD_TITLES: Record<WizardTarget['mode'], string> = {
  create: 'Create New Protection Group',
  modify: 'Modify Group',
}

/** The Summary page's button that applies the draft. */
export const FINISH_LABELS: Record<WizardTarget['mode'], string> = {
  create: 'Create Group',
  modify: 'Update Group',
}

/** Modify protection group reopens the wizard at Select Group Members. */
export function pagesFor(target: WizardTarget): readonly WizardPage[] {
  return target.mode === 'modify' ? WIZARD_PAGES.slice(WIZARD_PAGES.indexOf('members')) : WIZARD_PAGES
}

/** The pages whose choices Create Group checks again. */
export function pagesBefore(pages: readonly WizardPage[], page: WizardPage): readonly WizardPage[] {
  return pages.slice(0, pages.indexOf(page))
}
