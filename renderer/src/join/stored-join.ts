import { z } from 'zod'
import type { JoinResponse } from '../../../shared/join/join-schema'

/**
 * A device's join, kept in localStorage so a reload, a closed tab or a phone that slept returns to the
 * plan without typing the code again. One join per device: joining anew replaces it.
 */
const JOIN_KEY = 'plan-workshop.join'
const NAME_KEY = 'plan-workshop.display-name'
const CODE_KEY = 'plan-workshop.join-code'

const storedJoinSchema = z.object({
  token: z.string().min(1),
  workshopId: z.string().min(1),
  countyId: z.string().min(1),
  groupId: z.string().min(1),
  countyName: z.string(),
  countyNameEn: z.string(),
  displayName: z.string().min(1),
}) satisfies z.ZodType<JoinResponse>

export function readStoredJoin(): JoinResponse | null {
  try {
    const raw = window.localStorage.getItem(JOIN_KEY)
    if (raw === null) return null
    const parsed = storedJoinSchema.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** Keeps the join, and the code and name it was made with for the next time this device joins. */
export function storeJoin(join: JoinResponse, code: string): void {
  try {
    window.localStorage.setItem(JOIN_KEY, JSON.stringify(join))
    window.localStorage.setItem(NAME_KEY, join.displayName)
    window.localStorage.setItem(CODE_KEY, code)
  } catch {
    // Not remembered: this visit still works, a reload asks for the code again.
  }
}

/** Keeps the join as it is now (its county renamed since), leaving the code and name it was made with. */
export function keepJoin(join: JoinResponse): void {
  try {
    window.localStorage.setItem(JOIN_KEY, JSON.stringify(join))
  } catch {
    // Not remembered: the names are asked for again on the next visit.
  }
}

export function forgetJoin(): void {
  try {
    window.localStorage.removeItem(JOIN_KEY)
  } catch {
    // Nothing stored, nothing to forget.
  }
}

/**
 * The code this device joined with last time, offered again when joining anew: a closed and reopened
 * session keeps every group's code, so after the LAN closed the same code lets the device back in.
 */
export function lastJoinCode(): string {
  try {
    return window.localStorage.getItem(CODE_KEY) ?? ''
  } catch {
    return ''
  }
}

/** The name typed last time, offered again when joining anew. */
export function lastDisplayName(): string {
  try {
    return window.localStorage.getItem(NAME_KEY) ?? ''
  } catch {
    return ''
  }
}
