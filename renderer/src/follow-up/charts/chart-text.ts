import type { Locale } from '../../../../shared/locale/locale'
import { formatCount } from '../../components/format'
import type { ChartText } from './progress-chart-options'

/**
 * The faces the charts' SVG text names, in the order of renderer/src/fonts/fonts.css for the language:
 * the bundled faces first, so a printed chart embeds the same fonts as the rest of the PDF.
 */
const FACES: Record<Locale, string> = {
  'zh-CN': "'Noto Sans SC', 'Noto Sans', 'PingFang SC', 'Microsoft YaHei', sans-serif",
  en: "'Noto Sans', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif",
}

export const chartText = (locale: Locale): ChartText => ({
  fontFamily: FACES[locale],
  number: (value) => formatCount(value, locale),
})
