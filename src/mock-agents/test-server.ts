// For Vitest tests of other modules (the scheduler, the wizard's queries): the mock agents in msw/node.
//   beforeAll(() => mockAgentsServer.listen({ onUnhandledRequest: 'error' }))
//   beforeEach(() => resetMockEstate('default'))
//   afterAll(() => mockAgentsServer.close())
import { setupServer } from 'msw/node'
import type { LargePresetParams, PresetName } from '../agent-api/lab-schemas'
import type { Estate } from './estate-model'
import { resetEstate } from './estate-store'
import { handlers } from './handlers'

export const mockAgentsServer = setupServer(...handlers)

/** Resets the simulated estate to a preset (faults cleared); change seqs keep growing. */
export function resetMockEstate(preset: PresetName = 'default', params?: Partial<LargePresetParams>): Estate {
  return resetEstate(preset, params)
}
