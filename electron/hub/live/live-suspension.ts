import type { Hocuspocus } from '@hocuspocus/server'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Waits until Hocuspocus has unloaded every document (each unload commits what is pending and folds
 * the log); after `timeoutMs` the rest are dropped from memory, their committed edits being in the log.
 */
export async function unloadAllDocuments(hocuspocus: Hocuspocus, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    for (const document of hocuspocus.documents.values()) {
      if (document.getConnectionsCount() === 0) void hocuspocus.unloadDocument(document)
    }
    if (hocuspocus.documents.size === 0 && hocuspocus.loadingDocuments.size === 0) return
    await sleep(20)
  }
  for (const [name, document] of hocuspocus.documents) {
    hocuspocus.documents.delete(name)
    document.destroy()
  }
}
