import type { HtmlTagDescriptor, Plugin } from 'vite'

/**
 * The font subsets every Chinese page draws from, whatever its text: Noto Sans SC's most frequent
 * characters (subset 119) and its Latin letters and digits, regular weight. Every other subset is
 * fetched by unicode-range only when the page shows one of its characters.
 */
export const PRELOADED_FONTS = ['noto-sans-sc-119-400-normal.woff2', 'noto-sans-sc-latin-400-normal.woff2']

/**
 * Adds <link rel="preload"> for PRELOADED_FONTS to index.html, so they download with the scripts instead
 * of after the CSS and the first layout: Chinese appears in its own face sooner and swaps in less often.
 */
export function preloadFonts(): Plugin {
  return {
    name: 'preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        if (!context.bundle || !context.path.endsWith('/index.html')) return []
        const tags: HtmlTagDescriptor[] = []
        for (const output of Object.values(context.bundle)) {
          if (output.type !== 'asset' || !output.names.some((name) => PRELOADED_FONTS.includes(name)))
            continue
          tags.push({
            tag: 'link',
            attrs: {
              rel: 'preload',
              href: `/${output.fileName}`,
              as: 'font',
              type: 'font/woff2',
              crossorigin: '',
            },
            injectTo: 'head',
          })
        }
        if (tags.length !== PRELOADED_FONTS.length)
          throw new Error(`preload-fonts: found ${tags.length} of ${PRELOADED_FONTS.join(', ')} in the build`)
        return tags
      },
    },
  }
}
