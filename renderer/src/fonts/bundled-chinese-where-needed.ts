import { chineseFaces, DEVICE_CHINESE_ATTRIBUTE } from './chinese-faces'

/**
 * Where the device draws no Chinese itself (no installed CJK face: this machine, some Linux laptops), its
 * Chinese comes from the bundled Noto Sans SC: fetches the rules of its faces (~30 KB, a few hundred
 * unicode-ranges) and starts the two subsets every Chinese page draws from — the most frequent characters
 * (subset 119, which holds 的) and its Latin letters — while the app's scripts load, not after the first
 * layout. A phone with its own Chinese face fetches neither the rules nor a subset, which a stylesheet or
 * a <link rel="preload"> in index.html could not tell apart; its page is marked so that English starts with
 * the device's own faces too (device-fonts.css). Called before the app renders.
 */
export function loadBundledChineseWhereNeeded(): void {
  const faces = chineseFaces(sansSerifWidth())
  if (faces === 'device') document.documentElement.setAttribute(DEVICE_CHINESE_ATTRIBUTE, 'device')
  if (faces !== 'bundled') return
  void import('./bundled-chinese-fonts.css').then(
    () => {
      for (const sample of ['的', 'a'])
        void document.fonts.load(`400 1em "Noto Sans SC"`, sample).catch(() => {})
    },
    // A failed download leaves Chinese to the machine's own faces until the page is loaded again.
    () => {},
  )
}

function sansSerifWidth(): ((text: string) => number) | undefined {
  const context = document.createElement('canvas').getContext('2d')
  if (!context) return undefined
  context.font = '32px sans-serif'
  return (text) => context.measureText(text).width
}
