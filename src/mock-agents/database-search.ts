// GET /databases?search= : the databases whose name, computer or instance contains the text, across the
// estate, through the name and host indexes rather than a pass over every database. Only databases whose
// agent answers are found: an agent that cannot be reached reports nothing.
import type { DatabaseFacts } from '../domain/estate/estate'
import { databaseFacts, hostAgentProblem } from './estate-facts'
import { databasesOfInstance, type Estate, type EstateDatabase, key } from './estate-model'

export function searchDatabases(
  estate: Estate,
  text: string,
  limit: number,
): { databases: DatabaseFacts[]; truncated: boolean } {
  const needle = key(text.trim())
  const found = new Set<EstateDatabase>()
  for (const [name, databases] of estate.databasesByName) {
    if (name.includes(needle)) for (const database of databases) found.add(database)
  }
  for (const instance of estate.instances.values()) {
    if (key(instance.host).includes(needle) || key(instance.name).includes(needle)) {
      for (const database of databasesOfInstance(estate, instance.path)) found.add(database)
    }
  }
  // Sorted by path whatever the case, each path's key made once (a search of a large estate matches 10,000s);
  // whether a host's agent answers is asked in that order, and only until the answer is full.
  const sorted = [...found]
    .map((database) => ({ database, path: key(database.path) }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  const reachable = new Map<string, boolean>()
  const answers = (host: string) => {
    let ok = reachable.get(host)
    if (ok === undefined) {
      ok = hostAgentProblem(estate, host) === undefined
      reachable.set(host, ok)
    }
    return ok
  }
  const databases: DatabaseFacts[] = []
  for (const { database } of sorted) {
    if (!answers(database.host)) continue
    if (databases.length === limit) return { databases, truncated: true }
    databases.push(databaseFacts(estate, database))
  }
  return { databases, truncated: false }
}
