// How the admin left the Monitoring tab (Alerts or Jobs, grouping, filters), kept while moving between
// console tabs and across a reload: this browser tab's session storage holds it (a view, not part of the
// world, so each browser tab keeps its own).
import { createStore } from 'zustand/vanilla'
import { JOB_STATUS_LABELS } from '../../domain/protection/protection'
import { ALERT_GROUPING_LABELS, type AlertGrouping } from './alert-view'
import {
  DEFAULT_JOB_FILTER,
  JOB_GROUPING_LABELS,
  JOB_TIME_RANGES,
  type JobFilter,
  type JobGrouping,
} from './job-view'

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

export const MONITORING_VIEW_STORAGE_KEY = 'dpm-console:monitoring-view'

const oneOf = <T extends string>(allowed: Record<T, unknown>, value: unknown, fallback: T): T =>
  typeof value === 'string' && Object.hasOwn(allowed, value) ? (value as T) : fallback

/** The view stored as text: each choice that is one the screen offers is kept, anything else is the default. */
export function monitoringViewFrom(text: string | null): MonitoringViewState {
  let stored: unknown
  try {
    stored = text === null ? undefined : JSON.parse(text)
  } catch {
    stored = undefined
  }
  const record: Record<string, unknown> = typeof stored === 'object' && stored !== null ? { ...stored } : {}
  const filter: Record<string, unknown> =
    typeof record.jobFilter === 'object' && record.jobFilter !== null ? { ...record.jobFilter } : {}
  const initial = INITIAL_MONITORING_VIEW
  return {
    view: oneOf({ alerts: true, jobs: true }, record.view, initial.view),
    alertGrouping: oneOf(ALERT_GROUPING_LABELS, record.alertGrouping, initial.alertGrouping),
    showInactive: typeof record.showInactive === 'boolean' ? record.showInactive : initial.showInactive,
    jobGrouping: oneOf(JOB_GROUPING_LABELS, record.jobGrouping, initial.jobGrouping),
    jobFilter: {
      status: oneOf({ ...JOB_STATUS_LABELS, all: true }, filter.status, initial.jobFilter.status),
      range: oneOf(JOB_TIME_RANGES, filter.range, initial.jobFilter.range),
    },
  }
}

function readStoredView(): MonitoringViewState {
  try {
    return monitoringViewFrom(sessionStorage.getItem(MONITORING_VIEW_STORAGE_KEY))
  } catch {
    // Storage the browser refuses (a sandboxed page): the view starts as DPM's.
    return INITIAL_MONITORING_VIEW
  }
}

export const monitoringViewStore = createStore<MonitoringViewState>()(() => INITIAL_MONITORING_VIEW)
let restored = false

/** Reads the view this browser tab kept, once: the Monitoring screen calls it as it first mounts. */
export function restoreMonitoringView(): void {
  if (restored) return
  restored = true
  monitoringViewStore.setState(readStoredView())
}

export function setMonitoringView(change: Partial<MonitoringViewState>): void {
  monitoringViewStore.setState(change)
  try {
    sessionStorage.setItem(MONITORING_VIEW_STORAGE_KEY, JSON.stringify(monitoringViewStore.getState()))
  } catch {
    // Not kept across a reload when the browser refuses; the view still holds while the page is open.
  }
}
