import { hubNow, type ClockOffset } from '../../../shared/session/hub-clock'

/**
 * When a county's plan last changed, in hub time: the hub's record (it survives a reload of the
 * console and a restart of the hub) or, when later, a change that has arrived live since (stamped with
 * this device's clock, so moved onto the hub's).
 */
export function latestEdit(
  recorded: string | undefined,
  liveChangeAt: number | null,
  offset: ClockOffset,
): number | null {
  const fromHub = recorded === undefined ? Number.NaN : Date.parse(recorded)
  const live = liveChangeAt === null ? Number.NaN : hubNow(liveChangeAt, offset)
  const known = [fromHub, live].filter(Number.isFinite)
  return known.length === 0 ? null : Math.max(...known)
}
