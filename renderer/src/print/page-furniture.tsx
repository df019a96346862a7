import { cssString, pageCounterContent } from '../../../shared/export/css-string'
import { usePrint } from './print-context'

/** The running header of a county's plan: 略阳县 · 略阳县电商精准扶贫合作方案 2018–2020 */
export const planHeader = (countyName: string, title: string) => `${countyName} · ${title}`

/** Every character the margin boxes may draw (header, page-number sentence, digits), to load their fonts. */
export function useMarginText(header: string): string {
  const { t } = usePrint()
  return header + t('pageNumber', { page: '0123456789', pages: '' })
}

/**
 * What every page but the cover carries: the running header (county and plan title) and "page x of y", drawn in
 * the @page margin boxes so they use the bundled font; and the draft watermark, which Chromium repeats
 * on every page because it is position: fixed. The CSS is built from user text through cssString, and
 * React sets it as the style element's text, so no plan title can break out of it.
 */
export function PageFurniture({ header, draft }: { header: string; draft: boolean }) {
  const { t } = usePrint()
  const css = `@page {
  @top-left { content: ${cssString(header)}; }
  @bottom-center { content: ${pageCounterContent(t('pageNumber', { page: '{{page}}', pages: '{{pages}}' }))}; }
}
@page :first {
  @top-left { content: none; border: none; }
  @bottom-center { content: none; }
}`
  return (
    <>
      <style>{css}</style>
      {draft && (
        <div className="print-watermark" aria-hidden="true">
          {t('watermark')}
        </div>
      )}
    </>
  )
}
