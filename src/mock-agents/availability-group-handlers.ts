// The lab's availability group routes (POST /lab/v1/availability-groups/...): each one operation of
// availability-group-operations, logged and saved like every other change of the estate.
import { http } from 'msw'
import type { z } from 'zod'
import {
  LAB_API,
  labAgExcludedRequest,
  labAgFailoverRequest,
  labAgPreferenceRequest,
  labAgPriorityRequest,
  labAgReplicaRequest,
  labAgRequest,
} from '../agent-api/lab-schemas'
import type { EstateOperation } from './estate-operations'
import { performOperation } from './estate-store'
import { labRoute, readBody } from './handler-support'

const AG_API = `${LAB_API}/availability-groups`

const route = <S extends z.ZodType>(
  path: string,
  schema: S,
  operation: (body: z.infer<S>) => EstateOperation,
) =>
  http.post(
    `*${AG_API}/${path}`,
    labRoute(async ({ request }) => {
      const change = performOperation(operation(await readBody(request, schema)))
      return { ok: true as const, summary: change?.summary ?? 'Nothing changed.' }
    }),
  )

export const availabilityGroupRoutes = [
  route('failover', labAgFailoverRequest, (body) => ({ kind: 'ag-failover', ...body })),
  route('primary-fails', labAgRequest, (body) => ({ kind: 'ag-primary-fails', ...body })),
  route('replica-offline', labAgReplicaRequest, (body) => ({ kind: 'ag-replica-offline', ...body })),
  route('replica-online', labAgReplicaRequest, (body) => ({ kind: 'ag-replica-online', ...body })),
  route('backup-preference', labAgPreferenceRequest, (body) => ({ kind: 'ag-backup-preference', ...body })),
  route('backup-priority', labAgPriorityRequest, (body) => ({ kind: 'ag-backup-priority', ...body })),
  route('backup-excluded', labAgExcludedRequest, (body) => ({ kind: 'ag-backup-excluded', ...body })),
]
