import { describe, expect, it } from 'vitest'
import { agendaSchema } from '../../../shared/agenda/agenda-schema'
import { findRunItem, nextRunItem, previousRunItem, runOrder } from '../../../shared/session/agenda-run'

const agenda = agendaSchema.parse({
  days: [
    {
      id: 'day-one-00001',
      title: '现状分析',
      sessions: [
        {
          id: 'session-am-001',
          title: '上午',
          startTime: '09:00',
          items: [
            { id: 'item-open-0001', kind: 'custom', title: '开班', plannedMinutes: 30 },
            { id: 'item-tree-0001', kind: 'problem-tree', title: '', plannedMinutes: 90 },
          ],
        },
        {
          id: 'session-pm-001',
          title: '下午',
          startTime: '14:00',
          items: [{ id: 'item-swot-0001', kind: 'swot', title: '', plannedMinutes: 60 }],
        },
      ],
    },
    {
      id: 'day-two-00001',
      title: '资源对接',
      sessions: [
        {
          id: 'session-am-002',
          title: '上午',
          startTime: '09:00',
          items: [{ id: 'item-match-001', kind: 'resource-matching', title: '', plannedMinutes: 120 }],
        },
      ],
    },
  ],
})

describe('walking the agenda', () => {
  const order = runOrder(agenda)

  it('lists items day by day and session by session', () => {
    expect(order.map((entry) => entry.item.id)).toEqual([
      'item-open-0001',
      'item-tree-0001',
      'item-swot-0001',
      'item-match-001',
    ])
    expect(findRunItem(order, 'item-match-001')).toMatchObject({ index: 3, dayIndex: 1 })
  })

  it('moves across sessions and days', () => {
    expect(nextRunItem(order, 'item-tree-0001')?.item.id).toBe('item-swot-0001')
    expect(nextRunItem(order, 'item-swot-0001')?.item.id).toBe('item-match-001')
    expect(previousRunItem(order, 'item-match-001')?.item.id).toBe('item-swot-0001')
  })

  it('starts at the first item when nothing is current, and stops at either end', () => {
    expect(nextRunItem(order, null)?.item.id).toBe('item-open-0001')
    expect(nextRunItem(order, 'deleted-item-01')?.item.id).toBe('item-open-0001')
    expect(previousRunItem(order, 'item-open-0001')).toBeNull()
    expect(nextRunItem(order, 'item-match-001')).toBeNull()
    expect(previousRunItem(order, null)).toBeNull()
  })
})
