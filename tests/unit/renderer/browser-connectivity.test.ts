import { describe, expect, it } from 'vitest'
import { browserReachesHub, networkBetweenPageAndHub } from '../../../renderer/src/live/browser-connectivity'
import { isLoopbackHostname } from '../../../shared/live/loopback-hosts'

const at = (hostname: string, pathname: string) => ({ hostname, pathname })

describe('what the browser’s offline and online events say about a page’s hub', () => {
  it('a device on the venue Wi-Fi loses the hub when the browser goes offline', () => {
    expect(networkBetweenPageAndHub(at('192.168.1.20', '/plan/w1/c1'))).toBe(true)
    expect(browserReachesHub(at('192.168.1.20', '/plan/w1/c1'), false)).toBe(false)
    expect(browserReachesHub(at('192.168.1.20', '/join'), true)).toBe(true)
  })

  it('the facilitator’s console, setup and projector on the hub’s laptop keep it', () => {
    for (const path of ['/console/w1', '/workshops/w1/groups', '/projector/w1', '/'])
      for (const host of ['127.0.0.1', 'localhost', '[::1]']) {
        expect(networkBetweenPageAndHub(at(host, path))).toBe(false)
        expect(browserReachesHub(at(host, path), false)).toBe(true)
      }
  })

  it('a device page opened on the laptop stands for a phone and behaves like one', () => {
    expect(networkBetweenPageAndHub(at('127.0.0.1', '/plan/w1/c1'))).toBe(true)
    expect(networkBetweenPageAndHub(at('localhost', '/join'))).toBe(true)
    expect(browserReachesHub(at('127.0.0.1', '/plan/w1/c1/review'), false)).toBe(false)
  })

  it('knows the loopback names and no others', () => {
    for (const name of ['127.0.0.1', '127.1.2.3', 'LOCALHOST', '[::1]', '::1'])
      expect(isLoopbackHostname(name)).toBe(true)
    for (const name of ['192.168.1.20', '127.example.com', 'localhost.evil', '10.0.0.1', '[::2]'])
      expect(isLoopbackHostname(name)).toBe(false)
  })
})
