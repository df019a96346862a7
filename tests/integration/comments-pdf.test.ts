import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromiumEngine } from '../../electron/export/chromium-engine'
import { BUILT_RENDERER_DIR, PROJECT_ROOT } from '../../electron/hub/app-paths'
import { API_ROUTES, apiPath } from '../../shared/api/api-routes'
import { addComment, setResolved } from '../../shared/comments/comments-doc'
import { addSwotCard, deleteSwotCard } from '../../shared/exercises/swot/swot-doc'
import { commentsDocName, planDocName } from '../../shared/live/doc-names'
import { startTestHub, type TestHub } from '../support/hub-client'
import { connectLive, type LiveClient } from '../support/live-client'
import { setUpWorkshop, type LiveFixture } from '../support/live-fixture'
import { requirePrintTools } from '../support/print-tools'

/**
 * A county's open comments printed as a list of their own through the hub's print pipeline (Chromium),
 * read back with pdftotext; and the plan's own PDF, which never carries a comment.
 */
const SCREENSHOTS = join(PROJECT_ROOT, 'test-results', 'screenshots')

describe('the printed list of a county’s open comments', () => {
  let t: TestHub
  let f: LiveFixture
  const clients: LiveClient[] = []

  beforeAll(async () => {
    requirePrintTools()
    t = await startTestHub({ rendererDir: BUILT_RENDERER_DIR, createPdfEngine: () => launchChromiumEngine() })
    f = await setUpWorkshop(t)
    const open = (name: string) => {
      const client = connectLive(t.hub.url, name, f.facilitatorToken)
      clients.push(client)
      return client
    }
    const plan = open(planDocName(f.workshopId, f.lueyang.id))
    const comments = open(commentsDocName(f.workshopId, f.lueyang.id))
    await Promise.all([plan.synced, comments.synced])
    const cardId = addSwotCard(plan.doc, 'weaknesses', '冷链物流薄弱')
    const goneId = addSwotCard(plan.doc, 'strengths', '即将删除的卡片')
    const author = { name: '李娜', countyId: f.badong.id, countyName: '巴东县', countyNameEn: 'Badong' }
    const first = addComment(comments.doc, {
      anchor: { exercise: 'swot', item: { kind: 'card', id: cardId } },
      text: '能否补充冷链建设的资金来源？',
      author,
    })
    addComment(comments.doc, {
      anchor: first.anchor,
      replyTo: first.id,
      text: '已在预算中补充。',
      author: { name: '王伟', countyId: f.lueyang.id, countyName: '略阳县', countyNameEn: 'Lueyang' },
    })
    addComment(comments.doc, {
      anchor: { exercise: 'swot', item: { kind: 'card', id: goneId } },
      text: '这张卡片和劣势重复。',
      author: { name: '张老师', countyId: null, countyName: '', countyNameEn: '' },
    })
    const resolved = addComment(comments.doc, {
      anchor: { exercise: 'target-setting', item: null },
      text: '已经解决的意见不应出现',
      author,
    })
    setResolved(comments.doc, resolved.id, true, '王伟')
    deleteSwotCard(plan.doc, goneId)
    await Promise.all([plan.saved(), comments.saved()])
  })

  afterAll(async () => {
    clients.forEach((client) => client.destroy())
    await t?.stop()
  })

  const pdfText = (bytes: ArrayBuffer, name: string) => {
    const file = join(t.dataDir, name)
    writeFileSync(file, Buffer.from(bytes))
    // The first page as an image, to look at (test-results/screenshots).
    mkdirSync(SCREENSHOTS, { recursive: true })
    const image = join(SCREENSHOTS, name.replace(/\.pdf$/, ''))
    execFileSync('pdftoppm', ['-r', '90', '-png', '-singlefile', '-f', '1', '-l', '1', file, image])
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
  }

  it('lists the open threads with what they are about, their authors and replies, and leaves resolved ones out', async () => {
    const params = { workshopId: f.workshopId, countyId: f.lueyang.id }
    const response = await fetch(`${t.hub.url}${apiPath(API_ROUTES.commentsPdf, params)}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toContain(
      encodeURIComponent('略阳县 未解决的评论.pdf'),
    )
    const text = pdfText(await response.arrayBuffer(), 'comments-list.pdf')
    expect(text).toContain('略阳县·未解决的评论')
    expect(text).toContain('针对：SWOT分析·卡片·冷链物流薄弱')
    expect(text).toContain('李娜（巴东县）')
    expect(text).toContain('能否补充冷链建设的资金来源？')
    expect(text).toContain('已在预算中补充。')
    expect(text).toContain('卡片（已删除）')
    expect(text).toContain('张老师（主持人）')
    expect(text).not.toContain('已经解决的意见不应出现')
  })

  it('never puts a comment into the plan’s own PDF', async () => {
    const params = { workshopId: f.workshopId, countyId: f.lueyang.id }
    const response = await fetch(`${t.hub.url}${apiPath(API_ROUTES.planPdf, params)}`)
    expect(response.status).toBe(200)
    const text = pdfText(await response.arrayBuffer(), 'plan-without-comments.pdf')
    expect(text).toContain('冷链物流薄弱')
    expect(text).not.toContain('能否补充冷链建设的资金来源')
  })
})
