import type { IncomingMessage, ServerResponse } from 'node:http'
import { describe, expect, it } from 'vitest'
import { requestsInTurns } from '../../../electron/hub/http/requests-in-turns'
import { oneTaskPerTurn } from '../../../electron/hub/scheduling/time-sliced-queue'

function harness() {
  const turns: (() => void)[] = []
  const queue = oneTaskPerTurn((run) => turns.push(run))
  const reached: string[] = []
  const handle = requestsInTurns(queue, (request) => reached.push(request.url!))
  const send = (url: string, gone = false) =>
    handle({ url } as IncomingMessage, { destroyed: gone } as ServerResponse)
  return { send, reached, nextTurn: () => turns.shift()?.() }
}

describe('requests handed to the app one per turn', () => {
  it('hands requests that came together to the app one per turn, in the order they came', () => {
    const { send, reached, nextTurn } = harness()
    send('/join')
    send('/api/join')
    expect(reached).toEqual([])
    nextTurn()
    expect(reached).toEqual(['/join'])
    nextTurn()
    expect(reached).toEqual(['/join', '/api/join'])
  })

  it('drops the request of a device that went away while it waited', () => {
    const { send, reached, nextTurn } = harness()
    send('/api/join', true)
    send('/api/me')
    nextTurn()
    nextTurn()
    expect(reached).toEqual(['/api/me'])
  })
})
