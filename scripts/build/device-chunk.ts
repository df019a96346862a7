import { resolve } from 'node:path'

/** What the chunking pass tells a group's name function about a module. */
interface ModuleGraph {
  getModuleInfo(
    id: string,
  ): { importedIds: readonly string[]; dynamicallyImportedIds: readonly string[] } | null
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
 * The app's own modules that two or more of the parts `pages` load lazily (the plan's steps, the comments
 * panel, the prose editor…) import: whichever step a device opens first, it loads them, so they come with
 * the pages instead of as files of a few hundred bytes each. A module only one part uses stays with it, and
 * libraries (drag and drop, the rich-text editor) stay with the parts that use them.
 */
function sharedByLazyParts(
  graph: ModuleGraph,
  pages: readonly string[],
  loaded: ReadonlySet<string>,
  appCode: (id: string) => boolean,
): string[] {
  const parts = new Set(pages.flatMap((module) => graph.getModuleInfo(module)?.dynamicallyImportedIds ?? []))
  const users = new Map<string, number>()
  for (const part of parts)
    for (const module of staticClosure(graph, [part]))
      if (appCode(module) && !loaded.has(module)) users.set(module, (users.get(module) ?? 0) + 1)
  return [...users].filter(([, count]) => count >= 2).map(([module]) => module)
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
  const appCode = (id: string) =>
    id.startsWith(resolve(root, 'renderer/src')) || id.startsWith(resolve(root, 'shared'))
  const device = [path('join/join-page.tsx'), path('plan/plan-page.tsx')]
  // Already loaded by every page of the app, or wanted by the print view without the rest.
  const entries = [path('main.tsx'), path('print/print-main.tsx')]
  let members: Set<string> | undefined
  return (id: string, graph: ModuleGraph): string | null => {
    if (!members) {
      const loaded = staticClosure(graph, entries)
      const own = [...staticClosure(graph, device)].filter((module) => !loaded.has(module))
      members = new Set([...own, ...sharedByLazyParts(graph, own, loaded, appCode)])
    }
    return members.has(id) ? name : null
  }
}
