import type { HocuspocusProvider } from '@hocuspocus/provider'
import { useEffect, useState } from 'react'

export interface PresentUser {
  clientId: number
  name: string
  color: string
  facilitator: boolean
  self: boolean
}

const COLOR = /^#[0-9a-f]{6}$/i

/** Everyone whose device has this document open now (awareness), this device first. */
export function presentUsers(provider: HocuspocusProvider): PresentUser[] {
  const awareness = provider.awareness
  if (!awareness) return []
  const users: PresentUser[] = []
  awareness.getStates().forEach((state, clientId) => {
    const user = (state as { user?: { name?: unknown; color?: unknown } }).user
    if (!user || typeof user.name !== 'string' || user.name.trim() === '') return
    users.push({
      clientId,
      name: user.name.slice(0, 40),
      color: typeof user.color === 'string' && COLOR.test(user.color) ? user.color : '#595959',
      facilitator: (state as { facilitator?: unknown }).facilitator === true,
      self: clientId === awareness.clientID,
    })
  })
  return users.sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name, 'zh-CN'))
}

export function usePresentUsers(provider: HocuspocusProvider | null): PresentUser[] {
  const [users, setUsers] = useState<PresentUser[]>([])
  useEffect(() => {
    const awareness = provider?.awareness
    if (!provider || !awareness) return
    const refresh = () => setUsers(presentUsers(provider))
    refresh()
    awareness.on('change', refresh)
    return () => awareness.off('change', refresh)
  }, [provider])
  return provider ? users : []
}
