import { describe, expect, it } from 'vitest'
import { isHubUrl } from '../../../electron/main/hub-url-guard'

const HUB = 'http://127.0.0.1:43117'

describe('isHubUrl: a URL is the hub only if it has the hub’s exact origin', () => {
  it.each([
    ['the hub root', `${HUB}/`],
    ['a page of the hub', `${HUB}/console/agenda?day=2#item-3`],
    ['the hub origin without a path', HUB],
    ['an upper-case scheme and host, which URLs normalise', 'HTTP://127.0.0.1:43117/console'],
    ['a backslash, which browsers read as a slash', 'http://127.0.0.1:43117\\@evil.example/'],
    ['a trailing dot on an IPv4 address, which the URL standard drops', 'http://127.0.0.1.:43117/'],
    ['a decimal IPv4 form of the same address', 'http://2130706433:43117/'],
  ])('accepts %s', (_case, url) => {
    expect(isHubUrl(url, HUB)).toBe(true)
  })

  it.each([
    ['another port on the same host', 'http://127.0.0.1:43118/'],
    ['the default http port', 'http://127.0.0.1/'],
    ['https on the same host and port', 'https://127.0.0.1:43117/'],
    ['localhost, a different host name from 127.0.0.1', 'http://localhost:43117/'],
    ['a trailing dot on a host name, which stays a different host', 'http://localhost.:43117/'],
    ['the IPv6 loopback', 'http://[::1]:43117/'],
    ['an IPv4-mapped IPv6 address', 'http://[::ffff:127.0.0.1]:43117/'],
    ['the hub address used as userinfo in front of another host', 'http://127.0.0.1:43117@evil.example/'],
    ['userinfo that looks like host and port', 'http://127.0.0.1:1@evil'],
    ['credentials in front of the real hub', 'http://user:secret@127.0.0.1:43117/'],
    ['a host that merely starts with the hub address', 'http://127.0.0.1.evil.example:43117/'],
    ['a public web site', 'https://www.example.com/'],
    ['a file URL', 'file:///etc/passwd'],
    ['a javascript URL', 'javascript:alert(document.domain)'],
    ['a data URL', 'data:text/html,<script>alert(1)</script>'],
    ['a blob URL minted by the hub page', `blob:${HUB}/6b1e3f0e-0000-4000-8000-000000000000`],
    ['about:blank', 'about:blank'],
    ['a WebSocket URL to the hub', 'ws://127.0.0.1:43117/'],
    ['a relative path', '/console'],
    ['an empty string', ''],
    ['undefined (no URL known)', undefined],
    ['null (a destroyed frame)', null],
    ['garbage', 'http://[not a url'],
  ])('refuses %s', (_case, url) => {
    expect(isHubUrl(url, HUB)).toBe(false)
  })

  it('accepts a hub origin written with a trailing slash', () => {
    expect(isHubUrl(`${HUB}/console`, `${HUB}/`)).toBe(true)
  })

  it('refuses everything when the hub origin itself is not a usable http URL', () => {
    expect(isHubUrl(`${HUB}/`, '')).toBe(false)
    expect(isHubUrl('file:///app/index.html', 'file:///app/')).toBe(false)
    expect(isHubUrl('https://127.0.0.1:43117/', 'https://127.0.0.1:43117')).toBe(false)
  })
})
