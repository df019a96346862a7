import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiErrorBody } from '../../shared/api/api-error'
import { API_ROUTES, apiPath } from '../../shared/api/api-routes'
import type { ApiResponse } from '../../shared/api/api-types'
import { startTestHub, type TestHub } from '../support/hub-client'
import { setUpWorkshop, type LiveFixture } from '../support/live-fixture'

const HIDDEN = { NUL: '\u0000', ESC: '\u001b', 'U+202E': '\u202e' }

describe('names with control or bidi characters are refused at the hub, with a message', () => {
  let t: TestHub
  let f: LiveFixture
  beforeAll(async () => {
    t = await startTestHub()
    f = await setUpWorkshop(t)
  })
  afterAll(() => t.stop())

  it.each(Object.entries(HIDDEN))('refuses a join name with %s and hands out no token', async (_, hidden) => {
    const answer = await t.request<ApiErrorBody>('POST', API_ROUTES.join, {
      code: f.codes[f.lueyang.id],
      displayName: `王${hidden}伟`,
    })
    expect(answer.status).toBe(400)
    const field = answer.body.error.fields.find((each) => each.path === 'displayName')
    expect(field?.key).toBe('v.controlCharacters')
    expect(field?.message).toContain('控制字符')
    expect(answer.body).not.toHaveProperty('token')
  })

  it.each(Object.entries(HIDDEN))('refuses a county name with %s and stores nothing', async (_, hidden) => {
    const path = apiPath(API_ROUTES.counties, { workshopId: f.workshopId })
    const answer = await t.request<ApiErrorBody>(
      'POST',
      path,
      { name: `略阳${hidden}县` },
      {
        authorization: `Bearer ${f.facilitatorToken}`,
        'accept-language': 'en',
      },
    )
    expect(answer.status).toBe(400)
    expect(answer.body.error.fields[0]).toMatchObject({ path: 'name', key: 'v.controlCharacters' })
    expect(answer.body.error.fields[0]?.message).toContain('invisible control')
    const counties = await t.request<ApiResponse<'listCounties'>>('GET', path)
    expect(counties.body.map((county) => county.name)).toEqual(['略阳县', '巴东县'])
  })
})
