import { describe, expect, it } from 'vitest'
import { isPermissionGranted } from '../../../electron/main/permission-policy'
import { applyPermissionPolicy } from '../../../electron/main/session-permissions'

const HUB = 'http://127.0.0.1:43117'

describe('isPermissionGranted', () => {
  it.each(['clipboard-sanitized-write', 'fullscreen'])('lets the hub’s pages use %s', (permission) => {
    expect(isPermissionGranted(permission, `${HUB}/console`, HUB)).toBe(true)
  })

  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'display-capture',
    'openExternal',
    'midiSysex',
    'hid',
    'serial',
    'usb',
    'fileSystem',
    'window-management',
    'unknown',
  ])('refuses %s even to the hub’s pages', (permission) => {
    expect(isPermissionGranted(permission, `${HUB}/console`, HUB)).toBe(false)
  })

  it.each([
    ['another origin', 'https://evil.example/'],
    ['another port', 'http://127.0.0.1:1/'],
    ['an unknown requester', undefined],
  ])('refuses even allowed permissions to %s', (_case, url) => {
    expect(isPermissionGranted('fullscreen', url, HUB)).toBe(false)
    expect(isPermissionGranted('clipboard-sanitized-write', url, HUB)).toBe(false)
  })
})

describe('applyPermissionPolicy: the session asks the policy for every check and request', () => {
  type RequestHandler = (
    contents: unknown,
    permission: string,
    callback: (granted: boolean) => void,
    details: { requestingUrl: string },
  ) => void
  type CheckHandler = (
    contents: unknown,
    permission: string,
    origin: string,
    details: { requestingUrl?: string },
  ) => boolean

  function appliedSession() {
    const handlers: { request?: RequestHandler; check?: CheckHandler; device?: () => boolean } = {}
    const session = {
      setPermissionRequestHandler: (handler: RequestHandler) => void (handlers.request = handler),
      setPermissionCheckHandler: (handler: CheckHandler) => void (handlers.check = handler),
      setDevicePermissionHandler: (handler: () => boolean) => void (handlers.device = handler),
    }
    applyPermissionPolicy(session as unknown as Parameters<typeof applyPermissionPolicy>[0], HUB)
    const request = (permission: string, requestingUrl: string) => {
      let answer: boolean | undefined
      handlers.request?.(null, permission, (granted) => (answer = granted), { requestingUrl })
      return answer
    }
    return { handlers, request }
  }

  it('answers requests from the policy', () => {
    const { request } = appliedSession()
    expect(request('fullscreen', `${HUB}/projector`)).toBe(true)
    expect(request('media', `${HUB}/projector`)).toBe(false)
    expect(request('fullscreen', 'https://evil.example/')).toBe(false)
  })

  it('answers checks the same way, falling back to the requesting origin', () => {
    const { handlers } = appliedSession()
    expect(handlers.check?.(null, 'clipboard-sanitized-write', HUB, {})).toBe(true)
    expect(handlers.check?.(null, 'clipboard-sanitized-write', 'http://127.0.0.1:1', {})).toBe(false)
    expect(handlers.check?.(null, 'geolocation', HUB, { requestingUrl: `${HUB}/` })).toBe(false)
  })

  it('never grants USB, HID or serial devices', () => {
    expect(appliedSession().handlers.device?.()).toBe(false)
  })
})
