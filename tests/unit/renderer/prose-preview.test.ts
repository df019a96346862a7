import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { previewModel } from '../../../renderer/src/plan/summary/prose-preview-model'
import { fragmentText, writeTextChange } from '../../../renderer/src/plan/summary/prose-preview-write'
import { rebaseChange, textChange } from '../../../renderer/src/plan/summary/prose-text-change'
import { proseParagraphs, setProseParagraphs } from '../../../shared/live/prose-text'

describe('what was typed into a prose preview', () => {
  it('is one replaced span: the text typed at the caret', () => {
    expect(textChange('略阳乌鸡', '略阳乌鸡，订单')).toEqual({ from: 4, to: 4, insert: '，订单' })
    expect(textChange('甲乙丙', '甲丙')).toEqual({ from: 1, to: 2, insert: '' })
    expect(textChange('甲\n乙', '甲\n新的\n乙')).toEqual({ from: 2, to: 2, insert: '新的\n' })
  })

  it('is nothing when the text is as drawn', () => {
    expect(textChange('略阳', '略阳')).toBeNull()
  })

  it('moves with what others wrote before it meanwhile, and stays put for what they wrote after', () => {
    const mine = textChange('乌鸡', '乌鸡，订单')!
    expect(rebaseChange(mine, '乌鸡', '略阳乌鸡')).toEqual({ from: 4, to: 4, insert: '，订单' })
    expect(rebaseChange(mine, '乌鸡', '乌鸡')).toEqual(mine)
    const early = textChange('乌鸡养殖', '新乌鸡养殖')!
    expect(rebaseChange(early, '乌鸡养殖', '乌鸡养殖场')).toEqual(early)
  })

  it('keeps its words even where others changed the same words: they go where the span began', () => {
    const mine = textChange('乌鸡养殖', '乌鸡散养')!
    expect(rebaseChange(mine, '乌鸡养殖', '乌鸡')).toEqual({ from: 2, to: 2, insert: '散养' })
  })
})

describe("a prose field's preview", () => {
  const fragmentWith = (build: (fragment: Y.XmlFragment) => void) => {
    const fragment = new Y.Doc().getXmlFragment('prose:situationSummary')
    build(fragment)
    return fragment
  }

  it('shows an empty field as one empty paragraph, as the editor does', () => {
    expect(previewModel(fragmentWith(() => undefined))).toEqual([{ kind: 'element', tag: 'p', children: [] }])
  })

  it('draws paragraphs, headings, lists, line breaks and marks with the tags TipTap uses', () => {
    const fragment = fragmentWith((f) => {
      setProseParagraphs(f, ['略阳乌鸡'])
      const heading = new Y.XmlElement('heading')
      heading.setAttribute('level', 2 as unknown as string)
      const title = new Y.XmlText()
      title.insert(0, '目标')
      heading.insert(0, [title])
      const list = new Y.XmlElement('bulletList')
      const item = new Y.XmlElement('listItem')
      const paragraph = new Y.XmlElement('paragraph')
      const text = new Y.XmlText()
      text.insert(0, '订单', { bold: {} })
      paragraph.insert(0, [text, new Y.XmlElement('hardBreak')])
      item.insert(0, [paragraph])
      list.insert(0, [item])
      f.insert(1, [heading, list])
    })
    expect(previewModel(fragment)).toEqual([
      { kind: 'element', tag: 'p', children: [{ kind: 'text', text: '略阳乌鸡', marks: [] }] },
      { kind: 'element', tag: 'h2', children: [{ kind: 'text', text: '目标', marks: [] }] },
      {
        kind: 'element',
        tag: 'ul',
        children: [
          {
            kind: 'element',
            tag: 'li',
            children: [
              {
                kind: 'element',
                tag: 'p',
                children: [{ kind: 'text', text: '订单', marks: ['strong'] }, { kind: 'break' }],
              },
            ],
          },
        ],
      },
    ])
  })
})

describe('what is typed into a preview, written straight into the document', () => {
  const doc = () => new Y.Doc().getXmlFragment('prose:situationSummary')
  const write = (fragment: Y.XmlFragment, drawn: string, typed: string) =>
    writeTextChange(fragment, textChange(drawn, typed)!, drawn, 'test')

  it('adds the words typed into a paragraph where they were typed', () => {
    const fragment = doc()
    setProseParagraphs(fragment, ['略阳乌鸡', '订单'])
    expect(write(fragment, '略阳乌鸡\n订单', '略阳乌鸡养殖\n订单')).toBe(true)
    expect(write(fragment, '略阳乌鸡养殖\n订单', '略阳乌鸡养殖\n订单扶贫')).toBe(true)
    expect(proseParagraphs(fragment)).toEqual(['略阳乌鸡养殖', '订单扶贫'])
  })

  it('makes the first paragraph of an empty field', () => {
    const fragment = doc()
    expect(write(fragment, '', '电商')).toBe(true)
    expect(proseParagraphs(fragment)).toEqual(['电商'])
  })

  it('deletes within a paragraph, and places the words after what others wrote meanwhile', () => {
    const fragment = doc()
    setProseParagraphs(fragment, ['冷链物流', '乌鸡'])
    expect(write(fragment, '冷链物流\n乌鸡', '冷链\n乌鸡')).toBe(true)
    expect(proseParagraphs(fragment)).toEqual(['冷链', '乌鸡'])
    // Someone else wrote 略阳 before 乌鸡; this preview still shows the text without it.
    const second = fragment.get(1) as Y.XmlElement
    ;(second.get(0) as Y.XmlText).insert(0, '略阳')
    expect(write(fragment, '冷链\n乌鸡', '冷链\n乌鸡散养')).toBe(true)
    expect(proseParagraphs(fragment)).toEqual(['冷链', '略阳乌鸡散养'])
  })

  it('leaves a new line, or a deletion across paragraphs, to the editor', () => {
    const fragment = doc()
    setProseParagraphs(fragment, ['甲', '乙'])
    expect(write(fragment, '甲\n乙', '甲\n\n乙')).toBe(false)
    expect(write(fragment, '甲\n乙', '甲乙')).toBe(false)
    expect(proseParagraphs(fragment)).toEqual(['甲', '乙'])
  })

  it('keeps a line break inside a paragraph as it is and types after it', () => {
    const fragment = doc()
    const paragraph = new Y.XmlElement('paragraph')
    const text = new Y.XmlText()
    paragraph.insert(0, [text, new Y.XmlElement('hardBreak')])
    fragment.insert(0, [paragraph])
    text.insert(0, '第一行')
    expect(fragmentText(fragment).text).toBe('第一行\n')
    expect(write(fragment, '第一行\n', '第一行\n第二行')).toBe(true)
    expect(
      paragraph.toArray().map((child) => (child instanceof Y.XmlElement ? child.nodeName : child.toString())),
    ).toEqual(['第一行', 'hardBreak', '第二行'])
  })
})
