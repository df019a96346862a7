import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { API_ROUTES } from '../../shared/api/api-routes'
import type { ApiResponse } from '../../shared/api/api-types'
import { openLanOnLoopback } from './support/live-join'
import { expect, test } from './support/test'

test.use({ demo: true })

/** A web page on another origin (another port of 127.0.0.1) that tries to close the hub's LAN session. */
function hostilePage(hubUrl: string): Promise<Server> {
  const html = `<!doctype html><title>elsewhere</title><script>
    Promise.allSettled([
      fetch(${JSON.stringify(hubUrl + API_ROUTES.lanClose)}, { method: 'POST', mode: 'no-cors', body: '{}' }),
      fetch(${JSON.stringify(hubUrl + API_ROUTES.facilitatorToken)}).then((r) => r.text()),
    ]).then((outcomes) => { window.outcomes = outcomes.map((o) => o.status + ':' + (o.value ?? '')) })
  </script>`
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' }).end(html)
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

test('a page on another origin cannot close the LAN session nor read the facilitator token', async ({
  page,
  browser,
  hub,
}) => {
  await openLanOnLoopback(page)
  const server = await hostilePage(hub.url)
  try {
    const elsewhere = await browser.newPage()
    const sent: string[] = []
    elsewhere.on('request', (request) => {
      if (request.url().startsWith(hub.url))
        sent.push(`${request.method()} ${new URL(request.url()).pathname}`)
    })
    await elsewhere.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`)
    const outcomes = await elsewhere.waitForFunction(() => (window as { outcomes?: string[] }).outcomes)
    // Both are sent; the token read fails for want of CORS, and the POST's answer (a 403) is hidden from
    // the page (no-cors, and Cross-Origin-Resource-Policy: same-origin).
    expect(sent).toEqual(expect.arrayContaining([`POST ${API_ROUTES.lanClose}`]))
    expect((await outcomes.jsonValue())?.[1]).toBe('rejected:')
    await elsewhere.close()
  } finally {
    server.close()
  }

  const lan = (await (await page.request.get(API_ROUTES.lan)).json()) as ApiResponse<'getLan'>
  expect(lan.open).toBe(true)
  await page.reload()
  await expect(page.getByText('已开放', { exact: true })).toBeVisible()
})
