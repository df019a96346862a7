import { describe, expect, it } from 'vitest'
import {
  draftDayMinutes,
  draftSessionMinutes,
  endOfSession,
  itemStartTimes,
  moveAt,
  newSession,
  removeAt,
  timeAfter,
  type DraftSession,
} from '../../../renderer/src/workshop-setup/agenda/agenda-draft'

const session = (startTime: string, minutes: (number | null)[]): DraftSession => ({
  id: 'session-0001',
  title: '上午',
  startTime,
  items: minutes.map((plannedMinutes, index) => ({
    id: `item-000${index}`,
    kind: 'custom',
    title: `item ${index}`,
    plannedMinutes,
  })),
})

describe('agenda draft editing', () => {
  it('moves an entry one place and ignores moves past either end', () => {
    expect(moveAt(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b'])
    expect(moveAt(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c'])
    expect(moveAt(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c'])
    expect(moveAt(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c'])
    expect(removeAt(['a', 'b', 'c'], 1)).toEqual(['a', 'c'])
  })

  it('times each item from the session start and the items before it', () => {
    const morning = session('09:00', [30, 30, 75])
    expect(itemStartTimes(morning)).toEqual(['09:00', '09:30', '10:00'])
    expect(draftSessionMinutes(morning)).toBe(135)
    expect(endOfSession(morning)).toBe('11:15')
  })

  it('counts an empty minutes field as nothing and gives no times for an invalid start', () => {
    expect(draftSessionMinutes(session('09:00', [30, null, 15]))).toBe(45)
    expect(itemStartTimes(session('9h', [30]))).toEqual([null])
    expect(timeAfter('23:30', 60)).toBe('00:30')
  })

  it('adds up a day and starts a new session where the last one ended', () => {
    const day = {
      id: 'day-00000001',
      title: '',
      sessions: [session('09:00', [60, 30]), session('14:00', [45])],
    }
    expect(draftDayMinutes(day)).toBe(135)
    expect(newSession(session('14:00', [45, 45])).startTime).toBe('15:30')
  })
})
