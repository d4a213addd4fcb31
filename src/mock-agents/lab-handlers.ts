// The lab's control API (LAB_API in src/agent-api/lab-schemas.ts): what window.dpmLab and the Lab panel
// do to the simulated estate. Lab requests are never delayed or failed by injected faults.
import { http } from 'msw'
import {
  faultsSchema,
  LAB_API,
  type LabEstate,
  labAttachDiskRequest,
  labCreateDatabaseRequest,
  labDatabaseRequest,
  labMirrorRequest,
  resetRequest,
} from '../agent-api/lab-schemas'
import { simNow } from '../sim-clock/clock'
import { availabilityGroupRoutes } from './availability-group-handlers'
import { availabilityGroupFacts } from './availability-groups'
import { clusterFacts, computerFacts } from './estate-facts'
import { key } from './estate-model'
import { mirroringOperationKinds } from './estate-operations'
import { estateRecordSchema } from './estate-persistence'
import { currentEstate, currentRecord, importWorld, performOperation, resetEstate } from './estate-store'
import { folderFiles } from './folder-copy-operation'
import { labRoute, readBody } from './handler-support'
import { badRequest } from './lab-error'

const ok = (summary: string) => ({ ok: true as const, summary })

// '*' before the base: any origin, so the same routes answer the page (relative URLs) and msw/node
// (absolute ones).
export const labHandlers = [
  http.get(
    `*${LAB_API}/estate`,
    labRoute(() => {
      const estate = currentEstate()
      return {
        preset: estate.preset,
        computers: [...estate.computers.values()].map((computer) =>
          computerFacts(estate, computer, simNow()),
        ),
        clusters: [...estate.clusters.values()].map(clusterFacts),
        sessions: [...estate.sessions.values()],
        databaseCount: estate.databases.size,
        databaseCounts: Object.fromEntries(
          [...estate.instancesByHost.values()].map((instances) => [
            instances[0]?.host ?? '',
            instances.reduce(
              (sum, instance) => sum + (estate.databasesByInstance.get(key(instance.path))?.size ?? 0),
              0,
            ),
          ]),
        ),
        faults: estate.faults,
        changeSeq: estate.seq,
        availabilityGroups: [...estate.availabilityGroups.values()].map(availabilityGroupFacts),
      } satisfies LabEstate
    }),
  ),

  http.post(
    `*${LAB_API}/reset`,
    labRoute(async ({ request }) => {
      const { preset, params } = await readBody(request, resetRequest)
      const estate = resetEstate(preset, params)
      return ok(
        `The estate was reset to the ${preset} preset: ${estate.computers.size} computers, ${estate.databases.size} databases, ${estate.sessions.size} mirroring sessions.`,
      )
    }),
  ),

  http.post(
    `*${LAB_API}/mirroring/establish`,
    labRoute(async ({ request }) => {
      const { principal, mirrorInstance } = await readBody(request, labMirrorRequest)
      const change = performOperation({ kind: 'establish', principal, mirrorInstance })
      return ok(change?.summary ?? 'Nothing changed.')
    }),
  ),

  ...mirroringOperationKinds.map((kind) =>
    http.post(
      `*${LAB_API}/mirroring/${kind}`,
      labRoute(async ({ request }) => {
        const { db } = await readBody(request, labDatabaseRequest)
        return ok(performOperation({ kind, db })?.summary ?? 'Nothing changed.')
      }),
    ),
  ),

  ...availabilityGroupRoutes,

  http.post(
    `*${LAB_API}/databases`,
    labRoute(async ({ request }) => {
      const { instance, name } = await readBody(request, labCreateDatabaseRequest)
      return ok(performOperation({ kind: 'create-database', instance, name })?.summary ?? 'Nothing changed.')
    }),
  ),

  http.post(
    `*${LAB_API}/dpm-disks`,
    labRoute(async ({ request }) => {
      const { sizeGb } = await readBody(request, labAttachDiskRequest)
      return ok(performOperation({ kind: 'attach-dpm-disk', sizeGb })?.summary ?? 'Nothing changed.')
    }),
  ),

  http.get(
    `*${LAB_API}/files`,
    labRoute(({ request }) => {
      const computer = new URL(request.url).searchParams.get('computer') ?? undefined
      return { files: folderFiles(currentEstate(), computer) }
    }),
  ),

  http.get(
    `*${LAB_API}/faults`,
    labRoute(() => currentEstate().faults),
  ),

  http.post(
    `*${LAB_API}/faults`,
    labRoute(async ({ request }) => {
      const faults = await readBody(request, faultsSchema)
      return ok(performOperation({ kind: 'faults', faults })?.summary ?? 'Nothing changed.')
    }),
  ),

  http.get(
    `*${LAB_API}/world`,
    labRoute(() => currentRecord()),
  ),

  http.post(
    `*${LAB_API}/world`,
    labRoute(async ({ request }) => {
      const record = await readBody(request, estateRecordSchema)
      let estate: ReturnType<typeof importWorld>
      try {
        estate = importWorld(record)
      } catch (error) {
        throw badRequest(
          `The estate in the file does not replay: ${error instanceof Error ? error.message : error}`,
        )
      }
      return ok(
        `The estate was rebuilt from the ${record.preset} preset and ${record.log.length} operations: ${estate.computers.size} computers, ${estate.databases.size} databases.`,
      )
    }),
  ),
]
