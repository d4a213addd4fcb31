// Typed calls to the lab's control API (mock agents only).
import { agentRequest } from './client'
import { type Faults, LAB_API, labEstateResponse, labOkResponse, type ResetRequest } from './lab-schemas'

export const getLabEstate = () => agentRequest(`${LAB_API}/estate`, labEstateResponse)

export const resetLab = (request: ResetRequest) =>
  agentRequest(`${LAB_API}/reset`, labOkResponse, { method: 'POST', body: request })

export type MirroringOperation = 'failover' | 'principal-fails' | 'failback' | 'break'

export const mirroringOperation = (operation: MirroringOperation, db: string) =>
  agentRequest(`${LAB_API}/mirroring/${operation}`, labOkResponse, { method: 'POST', body: { db } })

export const establishMirroring = (principal: string, mirrorInstance: string) =>
  agentRequest(`${LAB_API}/mirroring/establish`, labOkResponse, {
    method: 'POST',
    body: { principal, mirrorInstance },
  })

export const setFaults = (faults: Faults) =>
  agentRequest(`${LAB_API}/faults`, labOkResponse, { method: 'POST', body: faults })
