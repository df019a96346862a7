import { describe, expect, it } from 'vitest'
import { colorForName, USER_COLORS } from '../../../renderer/src/live/user-color'

/** WCAG 2.1 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255)
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}
const contrastWithWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05)

describe('caret and avatar colours', () => {
  it('carry white names at WCAG AA contrast, in the #rrggbb form the hub accepts', () => {
    for (const color of USER_COLORS) {
      expect(color).toMatch(/^#[0-9a-f]{6}$/i)
      expect(contrastWithWhite(color), color).toBeGreaterThanOrEqual(4.5)
    }
  })

  it('give the same name the same colour on every device, whatever names it met before', () => {
    const names = ['王伟', '李娜', '张敏', 'Li Ming']
    const inOrder = names.map(colorForName)
    const backwards = [...names].reverse().map(colorForName).reverse()
    expect(backwards).toEqual(inOrder)
    // Computed from the name alone, not handed out in turn: these names always get these colours.
    expect(inOrder).toEqual(['#a34d00', '#9c2a77', '#5b6b00', '#1554b8'])
    expect(colorForName('')).toBe(USER_COLORS[0])
  })

  it('spread a class of names over several colours', () => {
    const names = ['王伟', '李娜', '张敏', '刘洋', '陈杰', '杨静', '赵磊', '黄婷', 'Li Ming', 'Zhang Wei']
    expect(new Set(names.map(colorForName)).size).toBeGreaterThanOrEqual(5)
  })
})
