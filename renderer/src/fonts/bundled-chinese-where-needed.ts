/**
 * Where the device draws no Chinese itself (no installed CJK face: this machine, some Linux laptops), its
 * Chinese comes from the bundled Noto Sans SC: fetches the rules of its faces (~30 KB, a few hundred
 * unicode-ranges) and starts the two subsets every Chinese page draws from — the most frequent characters
 * (subset 119, which holds 的) and its Latin letters — while the app's scripts load, not after the first
 * layout. A phone with its own Chinese face fetches neither the rules nor a subset, which a stylesheet or
 * a <link rel="preload"> in index.html could not tell apart. Called before the app renders.
 */
export function loadBundledChineseWhereNeeded(): void {
  if (deviceDrawsChinese() !== false) return
  void import('./bundled-chinese-fonts.css').then(
    () => {
      for (const sample of ['的', 'a'])
        void document.fonts.load(`400 1em "Noto Sans SC"`, sample).catch(() => {})
    },
    // A failed download leaves Chinese to the machine's own faces until the page is loaded again.
    () => {},
  )
}

/**
 * Without any face that holds Chinese, 中 is drawn as the same missing-glyph box as an unassigned private-use
 * character; with one, it is its own, wider glyph. Undefined where the page cannot measure text.
 */
function deviceDrawsChinese(): boolean | undefined {
  const context = document.createElement('canvas').getContext('2d')
  if (!context) return undefined
  context.font = '32px sans-serif'
  return context.measureText('中').width !== context.measureText('\uE000').width
}
