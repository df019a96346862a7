/**
 * Where the device draws no Chinese itself (no installed CJK face: this machine, some Linux laptops), its
 * Chinese comes from the bundled Noto Sans SC: starts the two subsets every Chinese page draws from — the
 * most frequent characters (subset 119, which holds 的) and its Latin letters — while the app's scripts
 * load, instead of after the first layout. A phone with its own Chinese face fetches neither, which a
 * <link rel="preload"> in index.html could not tell apart.
 */
export function warmBundledFonts(): void {
  if (deviceDrawsChinese() !== false) return
  for (const sample of ['的', 'a']) void document.fonts.load(`400 1em "Noto Sans SC"`, sample).catch(() => {})
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
