/**
 * The bundled font files and the style sheet of the Chinese faces' rules: what only a device without a
 * Chinese font of its own fetches. Phones in a class in China have one (tests/e2e/bundled-font.spec.ts shows
 * a page told it has such faces fetching none of these); this machine has none, so the benches' browser
 * downloads them, and the benches count them apart. Takes a file name or a path, hash included or not.
 */
export function isBundledFaceFile(nameOrPath: string): boolean {
  const name =
    nameOrPath
      .replace(/[?#].*$/, '')
      .split('/')
      .at(-1) ?? ''
  return /^(noto-sans-|bundled-chinese-fonts)/.test(name)
}
