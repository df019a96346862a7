import { useEffect, useState, useSyncExternalStore } from 'react'
import { LiveDocument, type LiveDocumentSnapshot, type LiveUser } from './live-document'

export interface LiveDocumentHandle extends LiveDocumentSnapshot {
  live: LiveDocument | null
}

const NOT_OPEN: LiveDocumentSnapshot = { ready: false, status: { kind: 'connecting' }, refusals: [] }
const noSubscription = () => () => undefined

/**
 * Opens a live document for as long as the component is mounted; a new name or token opens a new one.
 * The user's name and colour follow changes without reopening.
 */
export function useLiveDocument(
  docName: string,
  token: string,
  user: LiveUser,
  facilitator = false,
  localCopy = true,
): LiveDocumentHandle {
  const [live, setLive] = useState<LiveDocument | null>(null)
  const { name, color } = user

  useEffect(() => {
    // The name at opening time; later renames go through setUser below.
    const opened = new LiveDocument({ docName, token, user: { name, color }, facilitator, localCopy })
    setLive(opened)
    return () => {
      opened.destroy()
      setLive(null)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- renaming must not reopen the document
  }, [docName, token, facilitator, localCopy])

  useEffect(() => {
    live?.setUser({ name, color })
  }, [live, name, color])

  const snapshot = useSyncExternalStore(
    live?.subscribe ?? noSubscription,
    live?.getSnapshot ?? (() => NOT_OPEN),
  )
  return { ...snapshot, live }
}
