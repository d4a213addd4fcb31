import { useMemo } from 'react'
import type { DpmServerState } from '../../domain/protection/protection'
import { useServer } from '../../dpm/use-server'
import { useSimNow } from '../ui/use-sim-now'
import { indexReportData, type ReportIndex } from './reports-index'
import { type PeriodRange, periodRange, type ReportPeriod } from './reports-period'

export interface ReportData {
  state: DpmServerState
  index: ReportIndex
  range: PeriodRange
}

/** The server state, indexed once per change, and the period as of the simulated time. */
export function useReportData(period: ReportPeriod): ReportData {
  const state = useServer((server) => server)
  const now = useSimNow()
  const index = useMemo(() => indexReportData(state), [state])
  const range = useMemo(() => periodRange(period, now), [period, now])
  return { state, index, range }
}
