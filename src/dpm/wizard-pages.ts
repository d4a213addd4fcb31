/** DPM's pages of Create New Protection Group, in order. */
export const WIZARD_PAGES = [
  'welcome',
  'type',
  'members',
  'method',
  'goals',
  'disk',
  'replica',
  'consistency',
  'summary',
  'status',
] as const
export type WizardPage = (typeof WIZARD_PAGES)[number]
