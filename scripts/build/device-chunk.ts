import { resolve } from 'node:path'

/** What the chunking pass tells a group's name function about a module. */
interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null
}

/** Every module `roots` import statically, directly or not, the roots included. */
function staticClosure(graph: ModuleGraph, roots: string[]): Set<string> {
  const seen = new Set<string>()
  const queue = [...roots]
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (seen.has(id)) continue
    const info = graph.getModuleInfo(id)
    if (!info) continue
    seen.add(id)
    queue.push(...info.importedIds)
  }
  return seen
}

/**
 * The name function of a code-splitting group that puts, in one chunk, the code a group device loads to
 * join and write beyond what the app's entry already loads: the join page, the plan page and what they
 * import. Left to itself the bundler cuts that code into dozens of files of a few hundred bytes (each module
 * shared by a different set of lazy screens), and a phone paid a request and its headers for each, on the
 * venue Wi-Fi, 63 phones at once. Only modules a phone loads anyway are taken, so the chunk brings a phone
 * nothing of the facilitator's screens; a facilitator's screen that shares a module with the plan loads the
 * chunk, on the laptop itself.
 */
export function deviceChunk(root: string, name: string) {
  const path = (file: string) => resolve(root, 'renderer/src', file)
  const device = [path('join/join-page.tsx'), path('plan/plan-page.tsx')]
  // Already loaded by every page of the app, or wanted by the print view without the rest.
  const entries = [path('main.tsx'), path('print/print-main.tsx')]
  let members: Set<string> | undefined
  return (id: string, graph: ModuleGraph): string | null => {
    if (!members) {
      const loaded = staticClosure(graph, entries)
      members = new Set([...staticClosure(graph, device)].filter((module) => !loaded.has(module)))
    }
    return members.has(id) ? name : null
  }
}
