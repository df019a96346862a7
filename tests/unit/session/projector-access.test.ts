import { describe, expect, it } from 'vitest'
import { docAccess } from '../../../electron/hub/access/doc-authorization'
import { scopeMayCall } from '../../../electron/hub/http/request-auth'
import { API_CONTRACT } from '../../../shared/api/api-contract'
import { parseProjectorPath, projectorPath } from '../../../shared/session/projector-link'

const WORKSHOP = 'workshop-2018-01'
const scope = { kind: 'projector', workshopId: WORKSHOP } as const

describe('what a projector credential grants', () => {
  it('reads the session document and every plan of its workshop, and writes none', () => {
    expect(docAccess(scope, { kind: 'session', workshopId: WORKSHOP })).toBe('read')
    expect(docAccess(scope, { kind: 'plan', workshopId: WORKSHOP, countyId: 'county-lueyang' })).toBe('read')
    expect(docAccess(scope, { kind: 'session', workshopId: 'another-workshop' })).toBe('deny')
    expect(docAccess(scope, { kind: 'plan', workshopId: 'another-workshop', countyId: 'c-1234567' })).toBe(
      'deny',
    )
  })

  it('GETs only what the room is shown, of its own workshop', () => {
    const own = { workshopId: WORKSHOP }
    const { getJoinInfo, getPresence, listCounties, replaceAgenda } = API_CONTRACT
    expect(scopeMayCall(scope, 'GET', listCounties.access, own)).toBe(true)
    expect(scopeMayCall(scope, 'GET', getJoinInfo.access, own)).toBe(true)
    expect(scopeMayCall(scope, 'PUT', replaceAgenda.access, own)).toBe(false)
    expect(scopeMayCall(scope, 'GET', getPresence.access, own)).toBe(false)
    expect(scopeMayCall(scope, 'GET', listCounties.access, { workshopId: 'another-workshop' })).toBe(false)
  })
})

describe('the projector address', () => {
  const token = 'a'.repeat(43)

  it('carries the token in the fragment and parses back', () => {
    expect(projectorPath(WORKSHOP, token)).toBe(`/projector/${WORKSHOP}#${token}`)
    expect(parseProjectorPath(projectorPath(WORKSHOP, token))).toEqual({ workshopId: WORKSHOP, token })
  })

  it.each([
    ['another page', `/plan/${WORKSHOP}/county-1#${token}`],
    ['no token', `/projector/${WORKSHOP}`],
    ['a full URL elsewhere', `http://evil.example/projector/${WORKSHOP}#${token}`],
    ['a query string', `/projector/${WORKSHOP}?x=1#${token}`],
    ['a path trick', `/projector/../plan#${token}`],
    ['a short token', `/projector/${WORKSHOP}#abc`],
    ['not a string', 42],
  ])('refuses %s', (_label, path) => {
    expect(parseProjectorPath(path)).toBeNull()
  })
})
