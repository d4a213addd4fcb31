// What the Reporting tab shows: which report and over which period. Kept outside the screen so that leaving
// the tab and coming back keeps the choice.
import { createStore } from 'zustand/vanilla'
import type { ReportPeriod } from './reports-period'

export type ReportKind = 'status' | 'recovery-points' | 'disk'

export const REPORT_LABELS: Record<ReportKind, string> = {
  status: 'Status report',
  'recovery-points': 'Recovery point status',
  disk: 'Disk utilization',
}

export interface ReportingView {
  report: ReportKind
  period: ReportPeriod
}

export const reportingViewStore = createStore<ReportingView>()(() => ({
  report: 'status',
  period: 'last-7-days',
}))

export const setReportingView = (change: Partial<ReportingView>): void => reportingViewStore.setState(change)
