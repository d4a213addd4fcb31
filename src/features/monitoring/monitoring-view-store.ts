// How the admin left the Monitoring tab (Alerts or Jobs, grouping, filters), kept while moving between
// console tabs.
import { createStore } from 'zustand/vanilla'
import type { AlertGrouping } from '../../domain/alert-view'
import { DEFAULT_JOB_FILTER, type JobFilter, type JobGrouping } from '../../domain/job-view'

export type MonitoringView = 'alerts' | 'jobs'

export interface MonitoringViewState {
  view: MonitoringView
  alertGrouping: AlertGrouping
  showInactive: boolean
  jobGrouping: JobGrouping
  jobFilter: JobFilter
}

export const INITIAL_MONITORING_VIEW: MonitoringViewState = {
  view: 'alerts',
  alertGrouping: 'severity',
  showInactive: false,
  // DPM groups jobs by status by default.
  jobGrouping: 'status',
  jobFilter: DEFAULT_JOB_FILTER,
}

export const monitoringViewStore = createStore<MonitoringViewState>()(() => INITIAL_MONITORING_VIEW)

export const setMonitoringView = (change: Partial<MonitoringViewState>) =>
  monitoringViewStore.setState(change)
