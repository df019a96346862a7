import { describe, expect, it } from 'vitest'
import { latestEdit } from '../../../renderer/src/console/latest-edit'
import { NO_OFFSET } from '../../../shared/session/hub-clock'

describe("a county's latest edit on the console", () => {
  const recorded = '2018-03-01T09:30:00.000Z'
  const recordedMs = Date.parse(recorded)

  it("is the hub's record when nothing has arrived live since the console opened", () => {
    expect(latestEdit(recorded, null, NO_OFFSET)).toBe(recordedMs)
  })

  it('is a later live change, moved from the device clock onto the hub clock', () => {
    const deviceTime = recordedMs + 60_000
    expect(latestEdit(recorded, deviceTime, { offsetMs: 5_000, uncertaintyMs: 10 })).toBe(deviceTime + 5_000)
  })

  it('keeps the record when the live change is older (a device whose clock is behind)', () => {
    expect(latestEdit(recorded, recordedMs - 120_000, NO_OFFSET)).toBe(recordedMs)
  })

  it('is unknown when the plan has never been edited', () => {
    expect(latestEdit(undefined, null, NO_OFFSET)).toBeNull()
  })
})
