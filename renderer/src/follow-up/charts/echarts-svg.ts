import { BarChart } from 'echarts/charts'
import { GridComponent, LegendComponent, MarkLineComponent, TitleComponent } from 'echarts/components'
import { init, use as register, type EChartsCoreOption } from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'

/**
 * ECharts with only what the progress charts draw, rendered as an SVG string. Imported dynamically
 * (chart-figure.tsx), so it is a chunk of its own that only the follow-up screens and the review report
 * load: a device joining a class never downloads it. One string for the screen and the PDF: the page
 * draws it as markup, so printed charts stay vectors with selectable text in the page's embedded fonts.
 */
register([BarChart, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, SVGRenderer])

export function renderChartSvg(option: EChartsCoreOption, width: number, height: number): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height })
  try {
    chart.setOption({ animation: false, ...option })
    return chart.renderToSVGString()
  } finally {
    chart.dispose()
  }
}
