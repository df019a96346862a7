/**
 * Where a device's Chinese comes from: its own faces, the bundled Noto Sans SC, or unknown (the page cannot
 * measure text). Without any face that holds Chinese, 中 is drawn as the same missing-glyph box as an
 * unassigned private-use character; with one, it is its own, wider glyph.
 */
export type ChineseFaces = 'device' | 'bundled' | 'unknown'

/** `width` measures a text in the page's sans-serif, or is undefined where the page cannot measure. */
export function chineseFaces(width: ((text: string) => number) | undefined): ChineseFaces {
  if (!width) return 'unknown'
  return width('中') !== width('\uE000') ? 'device' : 'bundled'
}

/** Marks the page whose Chinese the device draws itself, for device-fonts.css. */
export const DEVICE_CHINESE_ATTRIBUTE = 'data-chinese-faces'
