// The keys of DPM's query cache (TanStack Query), one factory per resource, so that every read and every
// refresh names its entries the same way. `agentKeys`: what DPM's agents reported (Refresh invalidates
// `agentKeys.all` and re-reads everything). `labKeys`: the lab's view of the simulated estate, read behind
// DPM's back; every lab change invalidates `labKeys.all`.
import { partnerKey } from '../domain/protection/protectability'

export const agentKeys = {
  all: ['agents'] as const,
  computers: () => [...agentKeys.all, 'computers'] as const,
  instances: (server: string) => [...agentKeys.all, 'instances', server.toUpperCase()] as const,
  search: (text: string) => [...agentKeys.all, 'search', text.trim().toLowerCase()] as const,
  facts: (paths: readonly string[]) =>
    [...agentKeys.all, 'facts', [...paths].map(partnerKey).sort().join('|')] as const,
  /** A database's live facts for the Recovery Wizard (S9: is it mirrored now?). */
  recoverySource: (path: string) => [...agentKeys.all, 'recovery-source', path] as const,
}

export const labKeys = {
  all: ['lab'] as const,
  estate: () => [...labKeys.all, 'estate'] as const,
  faults: () => [...labKeys.all, 'faults'] as const,
  /** The files recoveries copied to network folders. */
  files: () => [...labKeys.all, 'files'] as const,
  databaseSearch: (name: string) => [...labKeys.all, 'database-search', name.toLowerCase()] as const,
}

/** The DPM server's own disks, as the last rescan found them. */
export const dpmServerKeys = {
  all: ['dpm-server'] as const,
  disks: () => [...dpmServerKeys.all, 'disks'] as const,
}
