import ExcelJS from 'exceljs'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { API_ROUTES, apiPath } from '../../shared/api/api-routes'
import type { ApiErrorBody } from '../../shared/api/api-error'
import type { ApiResponse } from '../../shared/api/api-types'
import { XLSX_MEDIA_TYPE } from '../../shared/api/route-spec'
import { TEMPLATE_SHEETS } from '../../shared/follow-up/review-template-layout'
import type { TestHub } from '../support/hub-client'
import type { LiveFixture } from '../support/live-fixture'
import type { LueyangIds } from '../support/lueyang-plan'
import { filledLueyangHub } from '../support/filled-lueyang-hub'

/**
 * The follow-up review by spreadsheet, over raw HTTP: the hub hands out a county's template, a script fills
 * it the way a county office would (mistakes included), and the import either stores the report whole or
 * changes nothing and names the cell.
 */
describe('the follow-up review template (XLSX)', () => {
  let t: TestHub
  let f: LiveFixture
  let ids: LueyangIds
  let lueyangToken: string
  let badongToken: string
  let roundId: string

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` })
  const templatePath = (countyId: string, round = roundId) =>
    apiPath(API_ROUTES.followUpTemplate, { workshopId: f.workshopId, roundId: round, countyId })
  const reportPath = (countyId: string) =>
    apiPath(API_ROUTES.followUpReport, { workshopId: f.workshopId, roundId, countyId })

  async function createRound(name: string, date: string) {
    const response = await t.request<ApiResponse<'createFollowUpRound'>>(
      'POST',
      apiPath(API_ROUTES.followUpRounds, { workshopId: f.workshopId }),
      { name, date, planYear: 2019 },
    )
    return response.body.id
  }

  async function download(countyId: string, headers: Record<string, string> = {}, round = roundId) {
    return fetch(`${t.hub.url}${templatePath(countyId, round)}`, { headers })
  }

  async function template(countyId = f.lueyang.id): Promise<ExcelJS.Workbook> {
    const response = await download(countyId)
    expect(response.status).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await response.arrayBuffer())
    return workbook
  }

  async function upload(
    file: ExcelJS.Workbook | Uint8Array,
    headers: Record<string, string> = {},
    countyId = f.lueyang.id,
  ) {
    const body = file instanceof Uint8Array ? file : new Uint8Array(await file.xlsx.writeBuffer())
    // fetch wants an ArrayBuffer-backed body; a copy is one.
    const sent = new Uint8Array(body)
    const response = await fetch(`${t.hub.url}${templatePath(countyId)}`, {
      method: 'POST',
      headers: {
        'content-type': XLSX_MEDIA_TYPE,
        authorization: `Bearer ${t.hub.access.facilitatorToken()}`,
        ...headers,
      },
      body: sent,
    })
    return { status: response.status, body: (await response.json()) as unknown }
  }

  const sheet = (workbook: ExcelJS.Workbook, name: string) => workbook.getWorksheet(name)!

  /** What an office does: the actual and a note per indicator, a status per action and match, a summary. */
  function fillAsTheOfficeDoes(workbook: ExcelJS.Workbook): void {
    const indicators = sheet(workbook, TEMPLATE_SHEETS.indicators)
    indicators.getCell('F3').value = 8100
    indicators.getCell('H3').value = '截至 9 月底，含易地搬迁户'
    sheet(workbook, TEMPLATE_SHEETS.actions).getCell('C3').value = '滞后 / Late'
    sheet(workbook, TEMPLATE_SHEETS.actions).getCell('D3').value = '冷链车推迟到货'
    // Typed in English alone, not picked from the list: still one of the statuses.
    sheet(workbook, TEMPLATE_SHEETS.matches).getCell('C3').value = 'On track'
    sheet(workbook, TEMPLATE_SHEETS.summary).getCell('B3').value = '略阳县扶贫办 李娜'
    sheet(workbook, TEMPLATE_SHEETS.summary).getCell('B4').value = '网店已上线，销量低于预期。'
  }

  const storedReport = async () =>
    (await t.request<ApiResponse<'getFollowUpReport'>>('GET', reportPath(f.lueyang.id))).body

  beforeAll(async () => {
    ;({ t, f, ids, lueyangToken, badongToken } = await filledLueyangHub())
  })

  afterAll(async () => {
    await t?.stop()
  })

  beforeEach(async () => {
    roundId = await createRound('2019 年第三季度', '2019-09-30')
  })

  it('hands out a bilingual, protected template with the targets, the previous round’s actuals and the cells to fill', async () => {
    const earlier = await createRound('2019 年第二季度', '2019-06-30')
    await t.request(
      'PUT',
      apiPath(API_ROUTES.followUpReport, {
        workshopId: f.workshopId,
        roundId: earlier,
        countyId: f.lueyang.id,
      }),
      {
        indicators: [{ indicatorId: ids.indicatorId, actual: 5_000, note: '' }],
        actions: [],
        matches: [],
        narrative: '',
        reporterName: '',
      },
    )

    const response = await download(f.lueyang.id)
    expect(response.headers.get('content-type')).toBe(XLSX_MEDIA_TYPE)
    expect(decodeURIComponent(response.headers.get('content-disposition') ?? '')).toContain(
      '略阳县 2019 年第三季度 复盘模板.xlsx',
    )
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await response.arrayBuffer())
    expect(workbook.worksheets.map((each) => [each.name, each.state])).toEqual([
      [TEMPLATE_SHEETS.about, 'visible'],
      [TEMPLATE_SHEETS.indicators, 'visible'],
      [TEMPLATE_SHEETS.actions, 'visible'],
      [TEMPLATE_SHEETS.matches, 'visible'],
      [TEMPLATE_SHEETS.summary, 'visible'],
      [TEMPLATE_SHEETS.meta, 'veryHidden'],
    ])
    const indicators = sheet(workbook, TEMPLATE_SHEETS.indicators)
    expect(indicators.getRow(2).values).toEqual([
      undefined,
      '编号 / ID',
      '指标 / Indicator',
      '单位 / Unit',
      '2019 年目标 / Target 2019',
      '上次实际值 / Previous actual',
      '本次实际值（请填写） / Actual (fill in)',
      '差距（自动计算） / Gap (calculated)',
      '说明 / Note',
    ])
    expect(indicators.getCell('A3').value).toBe(ids.indicatorId)
    expect(indicators.getColumn(1).hidden).toBe(true)
    expect(indicators.getCell('D3').value).toBe(9_600)
    expect(indicators.getCell('E3').value).toBe(5_000)
    expect(indicators.getCell('F3').value).toBeNull()
    expect(indicators.getCell('G3').value).toMatchObject({ formula: 'IF(OR(D3="",F3=""),"",MAX(0,D3-F3))' })
    // Only the cells to fill are unlocked, on a protected sheet.
    expect(indicators.getCell('F3').protection).toMatchObject({ locked: false })
    expect(indicators.getCell('D3').protection?.locked).not.toBe(false)
    expect((indicators as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(
      true,
    )
    expect(indicators.getCell('F3').dataValidation).toMatchObject({ type: 'decimal' })
    const status = sheet(workbook, TEMPLATE_SHEETS.actions).getCell('C3')
    expect(status.value).toBe('未报告 / Not reported')
    expect(status.dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"未报告 / Not reported,进展顺利 / On track,滞后 / Late,已完成 / Done,已取消 / Dropped"'],
    })
  })

  it('imports a filled template whole, as a save from the form would store it', async () => {
    const workbook = await template()
    fillAsTheOfficeDoes(workbook)
    const imported = await upload(workbook)
    expect(imported.status).toBe(200)
    const report = await storedReport()
    expect(report).toMatchObject({
      indicators: [{ indicatorId: ids.indicatorId, actual: 8_100, note: '截至 9 月底，含易地搬迁户' }],
      actions: [{ itemId: ids.actionId, status: 'late', note: '冷链车推迟到货' }],
      matches: [{ itemId: ids.matchId, status: 'on-track', note: '' }],
      narrative: '网店已上线，销量低于预期。',
      reporterName: '略阳县扶贫办 李娜',
      reporterRole: 'facilitator',
    })
    expect(report.reportedAt).not.toBeNull()

    // The county's own group may send its own while the round is open to it; it is then recorded as the
    // county's report.
    const again = await template()
    fillAsTheOfficeDoes(again)
    sheet(again, TEMPLATE_SHEETS.indicators).getCell('F3').value = '9,650'
    expect((await upload(again, bearer(lueyangToken))).status).toBe(403)
    const opening = apiPath(API_ROUTES.followUpRoundOpening, { workshopId: f.workshopId, roundId })
    await t.request('PUT', opening, { open: true })
    const byCounty = await upload(again, bearer(lueyangToken))
    expect(byCounty.status).toBe(200)
    expect(await storedReport()).toMatchObject({
      indicators: [expect.objectContaining({ actual: 9_650 })],
      reporterRole: 'county',
    })
  })

  it.each([
    [
      'a word in a number cell',
      (workbook: ExcelJS.Workbook) =>
        void (sheet(workbook, TEMPLATE_SHEETS.indicators).getCell('F3').value = '约一万'),
      'followUp.template.notNumber',
      "Cell '指标 Indicators'!F3 holds “约一万”, which is not a number",
    ],
    [
      'a status that is not in the list',
      (workbook: ExcelJS.Workbook) =>
        void (sheet(workbook, TEMPLATE_SHEETS.actions).getCell('C3').value = '差不多'),
      'followUp.template.unknownStatus',
      "Cell '行动 Actions'!C3 holds “差不多”",
    ],
    [
      'a row inserted above the first indicator',
      (workbook: ExcelJS.Workbook) =>
        void sheet(workbook, TEMPLATE_SHEETS.indicators).spliceRows(3, 0, [undefined, '新增指标']),
      'followUp.template.rowsChanged',
      "The row of cell '指标 Indicators'!B3 was changed",
    ],
    [
      'an action renamed',
      (workbook: ExcelJS.Workbook) =>
        void (sheet(workbook, TEMPLATE_SHEETS.actions).getCell('B3').value = '另一个行动'),
      'followUp.template.rowsChanged',
      "The row of cell '行动 Actions'!B3 was changed",
    ],
    [
      'a template of a newer app',
      (workbook: ExcelJS.Workbook) => void (sheet(workbook, TEMPLATE_SHEETS.meta).getCell('B2').value = 2),
      'followUp.template.newerVersion',
      'layout version 2',
    ],
    [
      'a note longer than a note may be',
      (workbook: ExcelJS.Workbook) =>
        void (sheet(workbook, TEMPLATE_SHEETS.indicators).getCell('H3').value = '长'.repeat(1001)),
      'followUp.template.tooLong',
      "The text in cell '指标 Indicators'!H3 is longer than 1000 characters",
    ],
  ])('changes nothing and names the cell for %s', async (_, spoil, key, sentence) => {
    const before = await storedReport()
    const workbook = await template()
    fillAsTheOfficeDoes(workbook)
    spoil(workbook)
    const refused = await upload(workbook, { 'accept-language': 'en' })
    expect(refused.status).toBe(400)
    const { error } = refused.body as ApiErrorBody
    expect(error.key).toBe(key)
    expect(error.message).toContain(sentence)
    expect(await storedReport()).toEqual(before)
  })

  it('refuses another county’s template, another round’s, and a file that is no workbook, in Chinese by default', async () => {
    const badongTemplate = await template(f.badong.id)
    const wrongCounty = await upload(badongTemplate)
    expect(wrongCounty.status).toBe(400)
    expect((wrongCounty.body as ApiErrorBody).error.message).toBe(
      '这个模板是为另一个县生成的（巴东县），什么都没有导入。请导入本县的模板。',
    )

    const otherRound = await createRound('2019 年年终', '2019-12-20')
    const response = await download(f.lueyang.id, {}, otherRound)
    const otherWorkbook = new ExcelJS.Workbook()
    await otherWorkbook.xlsx.load(await response.arrayBuffer())
    expect(((await upload(otherWorkbook)).body as ApiErrorBody).error.key).toBe(
      'followUp.template.wrongRound',
    )

    const notAWorkbook = await upload(new TextEncoder().encode('指标,实际\n人数,8100\n'))
    expect((notAWorkbook.body as ApiErrorBody).error.key).toBe('followUp.template.unreadable')

    const plainWorkbook = new ExcelJS.Workbook()
    plainWorkbook.addWorksheet('Sheet1').getCell('A1').value = '8100'
    expect(((await upload(plainWorkbook)).body as ApiErrorBody).error.key).toBe(
      'followUp.template.notTemplate',
    )
  })

  it('keeps a county to its own template: another county’s group can neither download nor import it', async () => {
    expect((await download(f.lueyang.id, bearer(badongToken))).status).toBe(403)
    expect((await download(f.lueyang.id, bearer(lueyangToken))).status).toBe(200)
    const workbook = await template()
    fillAsTheOfficeDoes(workbook)
    const before = await storedReport()
    expect((await upload(workbook, bearer(badongToken))).status).toBe(403)
    expect(await storedReport()).toEqual(before)
  })
})
