import { describe, expect, it } from 'vitest'
import { scopeMayCall } from '../../../electron/hub/http/request-auth'
import { API_CONTRACT } from '../../../shared/api/api-contract'
import type { AccessScope } from '../../../shared/join/join-schema'

const routes = Object.entries(API_CONTRACT)
const group: AccessScope = {
  kind: 'group',
  workshopId: 'workshop-1',
  countyId: 'county-lueyang',
  groupId: 'group-1',
  displayName: '王伟',
}
const projector: AccessScope = { kind: 'projector', workshopId: 'workshop-1' }

describe('the API contract', () => {
  it('names each method and path once', () => {
    const keys = routes.map(([, route]) => `${route.method} ${route.path}`)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('validates exactly the ids its path names', () => {
    for (const [, route] of routes) {
      const names = [...route.path.matchAll(/:(\w+)/g)].map((match) => match[1])
      expect(Object.keys(route.params.shape).sort()).toEqual(names.sort())
    }
  })

  it("lets projectors only read, and groups write nothing but their own ballot and their county's follow-up report (whole, field by field or by spreadsheet)", () => {
    const shared = routes.filter(([, route]) => route.access !== 'anyone' && route.access.length > 1)
    const writes = shared.filter(([, route]) => route.method !== 'GET')
    expect(writes.map(([name]) => name)).toEqual([
      'setBallotDots',
      'saveFollowUpReport',
      'changeFollowUpReport',
      'importFollowUpTemplate',
    ])
    for (const [, route] of writes) {
      expect(route.access).toEqual(['facilitator', 'group'])
      expect(route.path).toContain(':countyId')
    }
  })

  it('is open to anyone only where a device must ask before it has a credential, or asks who it is', () => {
    const open = routes.filter(([, route]) => route.access === 'anyone').map(([name]) => name)
    expect(open.sort()).toEqual(['facilitatorToken', 'health', 'join', 'me', 'time'])
  })
})

describe('who may call a route', () => {
  const own = { workshopId: 'workshop-1', countyId: 'county-lueyang' }

  it('lets a group read what its plan needs, of its own workshop and county only', () => {
    const { getParticipants, getPovertyLines, listCounties, replaceAgenda } = API_CONTRACT
    expect(scopeMayCall(group, 'GET', getParticipants.access, own)).toBe(true)
    expect(scopeMayCall(group, 'GET', getPovertyLines.access, { workshopId: 'workshop-1' })).toBe(true)
    expect(scopeMayCall(group, 'GET', getParticipants.access, { ...own, countyId: 'county-badong' })).toBe(
      false,
    )
    expect(scopeMayCall(group, 'GET', getPovertyLines.access, { workshopId: 'workshop-2' })).toBe(false)
    expect(scopeMayCall(group, 'GET', listCounties.access, own)).toBe(false)
    expect(scopeMayCall(group, 'PUT', replaceAgenda.access, own)).toBe(false)
  })

  it('lets a group write its own ballot only, in its own county', () => {
    const { setBallotDots, resetDotVotes } = API_CONTRACT
    expect(scopeMayCall(group, 'PUT', setBallotDots.access, own)).toBe(true)
    expect(scopeMayCall(group, 'PUT', setBallotDots.access, { ...own, countyId: 'county-badong' })).toBe(
      false,
    )
    expect(scopeMayCall(group, 'PUT', setBallotDots.access, { ...own, workshopId: 'workshop-2' })).toBe(false)
    expect(scopeMayCall(projector, 'PUT', setBallotDots.access, own)).toBe(false)
    expect(scopeMayCall(group, 'POST', resetDotVotes.access, own)).toBe(false)
  })

  it('answers a HEAD only to the facilitator, as Fastify serves it from the GET route', () => {
    expect(scopeMayCall(projector, 'HEAD', API_CONTRACT.listCounties.access, own)).toBe(false)
    expect(scopeMayCall({ kind: 'facilitator' }, 'HEAD', API_CONTRACT.listCounties.access, own)).toBe(true)
  })
})
