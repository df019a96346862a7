import { describe, expect, it } from 'vitest'
import { docAccess } from '../../../electron/hub/access/doc-authorization'
import { isLoopbackAddress } from '../../../electron/hub/http/request-auth'
import { lanInterfaces } from '../../../electron/hub/lan/lan-interfaces'
import { isAllowedUpgrade } from '../../../electron/hub/live/upgrade-guard'
import { formatJoinCode, isJoinCode, normalizeJoinCode } from '../../../shared/join/join-code'
import type { AccessScope } from '../../../shared/join/join-schema'

const group: AccessScope = {
  kind: 'group',
  workshopId: 'w1',
  countyId: 'lueyang',
  groupId: 'g1',
  displayName: '王',
}

describe('document access', () => {
  it.each([
    [{ kind: 'plan', workshopId: 'w1', countyId: 'lueyang' }, 'write'],
    [{ kind: 'plan', workshopId: 'w1', countyId: 'badong' }, 'deny'],
    [{ kind: 'plan', workshopId: 'w2', countyId: 'lueyang' }, 'deny'],
    [{ kind: 'session', workshopId: 'w1' }, 'read'],
    [{ kind: 'session', workshopId: 'w2' }, 'deny'],
  ] as const)('a Lueyang group token opening %j → %s', (doc, access) => {
    expect(docAccess(group, doc)).toBe(access)
  })

  it('the facilitator may write every document', () => {
    expect(docAccess({ kind: 'facilitator' }, { kind: 'session', workshopId: 'w9' })).toBe('write')
  })
})

describe('join codes', () => {
  it('accept what people type: lower case, spaces and dashes', () => {
    expect(normalizeJoinCode(' abc-def ')).toBe('ABCDEF')
    expect(isJoinCode('ABCDEF')).toBe(true)
    expect(formatJoinCode('ABCDEF')).toBe('ABC-DEF')
  })

  it.each(['ABCDE', 'ABCDEFG', 'ABCDE0', 'ABCDEO', 'ABCDE1', 'ABCDEI'])(
    'refuse %s (length or look-alike characters)',
    (code) => {
      expect(isJoinCode(code)).toBe(false)
    },
  )
})

describe('WebSocket upgrades', () => {
  const allowed = new Set(['127.0.0.1', 'localhost', '192.168.1.20'])
  it.each([
    [{ url: '/live', host: '127.0.0.1:4317' }, true],
    [{ url: '/live?x=1', host: '192.168.1.20:4317', origin: 'http://192.168.1.20:4317' }, true],
    [{ url: '/live', host: '127.0.0.1:4317', origin: 'http://evil.example' }, false],
    [{ url: '/live', host: '127.0.0.1:4317', origin: 'http://127.0.0.1:9999' }, false],
    [{ url: '/live', host: '127.0.0.1:4317', origin: 'null' }, false],
    [{ url: '/live', host: 'evil.example:4317' }, false],
    [{ url: '/other', host: '127.0.0.1:4317' }, false],
  ])('%j → %s', (request, expected) => {
    expect(isAllowedUpgrade(request, allowed)).toBe(expected)
  })
})

describe('network addresses', () => {
  it('lists the IPv4 LAN addresses, then loopback for trying alone', () => {
    const raw = {
      lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }],
      wlan0: [
        { address: '192.168.1.20', family: 'IPv4', internal: false },
        { address: 'fe80::1', family: 'IPv6', internal: false },
      ],
    } as unknown as Parameters<typeof lanInterfaces>[0]
    expect(lanInterfaces(raw)).toEqual([
      { name: 'wlan0', address: '192.168.1.20' },
      { name: 'loopback', address: '127.0.0.1' },
    ])
  })

  it.each([
    ['127.0.0.1', true],
    ['127.3.2.1', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['192.168.1.30', false],
    ['::ffff:192.168.1.30', false],
    [undefined, false],
  ])('%s is loopback: %s', (address, expected) => {
    expect(isLoopbackAddress(address)).toBe(expected)
  })
})
