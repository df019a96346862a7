import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { carryNewComments, mirrorOpenComments } from '../../../electron/hub/live/gallery-comment-projections'
import {
  addComment,
  commentEntries,
  readThreads,
  resolutionEntries,
} from '../../../shared/comments/comments-doc'

const author = { name: '王伟', countyId: 'lueyang-01', countyName: '略阳县', countyNameEn: 'Lueyang County' }
const texts = (doc: Y.Doc) => readThreads(doc).map((thread) => thread.comment.text)

describe('the projection of a county’s comments for a gallery walk on chosen exercises', () => {
  it('holds the comments on the shown exercises, their replies and resolutions, and nothing else', () => {
    const county = new Y.Doc()
    const open = addComment(county, {
      anchor: { exercise: 'target-setting', item: null },
      text: '基线年份？',
      author,
    })
    addComment(county, {
      anchor: { exercise: 'target-setting', item: null },
      text: '2017 年',
      author,
      replyTo: open.id,
    })
    addComment(county, { anchor: { exercise: 'swot', item: null }, text: '冷链问题先别外传', author })
    resolutionEntries(county).set(open.id, { resolved: true, by: '王伟', at: '2026-12-07T10:00:00.000Z' })
    const projection = new Y.Doc()
    mirrorOpenComments(county, projection, ['target-setting'])
    expect(texts(projection)).toEqual(['基线年份？'])
    expect(readThreads(projection)[0]!.replies.map((reply) => reply.text)).toEqual(['2017 年'])
    expect(readThreads(projection)[0]!.resolution?.resolved).toBe(true)
    expect(JSON.stringify(projection.toJSON())).not.toContain('冷链问题先别外传')
  })

  it('follows a reopened thread and a comment the facilitator took away', () => {
    const county = new Y.Doc()
    const first = addComment(county, {
      anchor: { exercise: 'target-setting', item: null },
      text: '第一条',
      author,
    })
    const second = addComment(county, {
      anchor: { exercise: 'target-setting', item: null },
      text: '第二条',
      author,
    })
    resolutionEntries(county).set(first.id, { resolved: true, by: '王伟', at: '2026-12-07T10:00:00.000Z' })
    const projection = new Y.Doc()
    mirrorOpenComments(county, projection, ['target-setting'])
    resolutionEntries(county).delete(first.id)
    commentEntries(county).delete(second.id)
    mirrorOpenComments(county, projection, ['target-setting'])
    expect(texts(projection)).toEqual(['第一条'])
    expect(readThreads(projection)[0]!.resolution).toBeNull()
  })

  it('changes nothing when nothing changed, so following the county sends readers nothing new', () => {
    const county = new Y.Doc()
    addComment(county, { anchor: { exercise: 'target-setting', item: null }, text: '基线年份？', author })
    const projection = new Y.Doc()
    mirrorOpenComments(county, projection, ['target-setting'])
    let updates = 0
    projection.on('update', () => (updates += 1))
    mirrorOpenComments(county, projection, ['target-setting'])
    expect(updates).toBe(0)
  })

  it('carries a reader’s new comment into the county’s comments, and only what is new', () => {
    const county = new Y.Doc()
    addComment(county, { anchor: { exercise: 'target-setting', item: null }, text: '基线年份？', author })
    const projection = new Y.Doc()
    mirrorOpenComments(county, projection, ['target-setting'])
    const reader = {
      name: '李娜',
      countyId: 'hefeng-01',
      countyName: '鹤峰县',
      countyNameEn: 'Hefeng County',
    }
    addComment(projection, {
      anchor: { exercise: 'target-setting', item: null },
      text: '复购率？',
      author: reader,
    })
    let updates = 0
    county.on('update', () => (updates += 1))
    county.transact(() => carryNewComments(projection, county))
    expect(texts(county).sort()).toEqual(['基线年份？', '复购率？'].sort())
    expect(updates).toBe(1)
  })
})
