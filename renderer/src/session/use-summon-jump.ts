import { App } from 'antd'
import { useEffect } from 'react'
import { useSearchParams } from 'react-router'
import type { Summon } from '../../../shared/session/run-state'
import { useLanguage } from '../i18n/use-language'
import { WORKSPACE_STEPS } from '../plan/steps/workspace-steps'
import { exerciseTitle } from './exercise-title'
import { useMessages } from '../i18n/use-messages'
import { sessionMessages } from './session-messages'

const seenKey = (workshopId: string) => `plan-workshop.summon.${workshopId}`

function seenSummon(workshopId: string): string | null {
  try {
    return window.sessionStorage.getItem(seenKey(workshopId))
  } catch {
    return null
  }
}

function markSeen(workshopId: string, id: string): void {
  try {
    window.sessionStorage.setItem(seenKey(workshopId), id)
  } catch {
    // Without storage a reload may follow the same request again: harmless, it is where the room is.
  }
}

/**
 * "Bring everyone here": a group device opens the exercise the facilitator called everyone to, once per
 * request, and says so. Afterwards the group may wander off again; the same request does not pull twice.
 */
export function useSummonJump(workshopId: string, summon: Summon | null, enabled: boolean): void {
  const t = useMessages(sessionMessages)
  const language = useLanguage()
  const { message } = App.useApp()
  const [, setSearch] = useSearchParams()
  const id = summon?.id ?? null
  const kind = summon?.kind ?? null

  useEffect(() => {
    if (!enabled || id === null || kind === null || seenSummon(workshopId) === id) return
    markSeen(workshopId, id)
    if (!(WORKSPACE_STEPS as readonly string[]).includes(kind)) return
    setSearch({ step: kind })
    void message.info(t('summoned', { exercise: exerciseTitle(kind, '', language) }))
  }, [enabled, id, kind, workshopId, setSearch, message, t, language])
}
