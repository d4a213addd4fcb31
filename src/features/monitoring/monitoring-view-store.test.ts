import { describe, expect, it } from 'vitest'
import { INITIAL_MONITORING_VIEW, monitoringViewFrom } from './monitoring-view-store'

describe('monitoringViewFrom', () => {
  it('gives back a stored view whole', () => {
    const view = {
      view: 'jobs',
      alertGrouping: 'computer',
      showInactive: true,
      jobGrouping: 'type',
      jobFilter: { status: 'failed', range: 'week' },
    }
    expect(monitoringViewFrom(JSON.stringify(view))).toEqual(view)
  })

  it('starts as DPM does when nothing or something unreadable is stored', () => {
    expect(monitoringViewFrom(null)).toEqual(INITIAL_MONITORING_VIEW)
    expect(monitoringViewFrom('{not json')).toEqual(INITIAL_MONITORING_VIEW)
    expect(monitoringViewFrom('"jobs"')).toEqual(INITIAL_MONITORING_VIEW)
  })

  it('keeps each valid choice and replaces the others by the default', () => {
    const stored = {
      view: 'jobs',
      alertGrouping: 'toString',
      showInactive: 'yes',
      jobFilter: { range: 'hour' },
    }
    expect(monitoringViewFrom(JSON.stringify(stored))).toEqual({
      ...INITIAL_MONITORING_VIEW,
      view: 'jobs',
      jobFilter: { ...INITIAL_MONITORING_VIEW.jobFilter, range: 'hour' },
    })
  })
})
