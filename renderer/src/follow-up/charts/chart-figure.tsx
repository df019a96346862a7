import type { EChartsCoreOption } from 'echarts/core'
import { useEffect, useState } from 'react'
import type * as EchartsSvg from './echarts-svg'
import './progress-charts.css'

/** ECharts is loaded on first use, in a chunk of its own (docs/architecture.md "One hub, many windows": each person loads only their screen). */
let charts: Promise<typeof EchartsSvg> | null = null
const loadCharts = () => (charts ??= import('./echarts-svg'))

/** What a chart shows, as a table for screen readers and anyone who cannot see the picture. */
export interface ChartTable {
  head: string[]
  rows: string[][]
}

interface ChartFigureProps {
  caption: string
  option: EChartsCoreOption
  width: number
  height: number
  table: ChartTable
  /** Told once the SVG is on the page (the print view waits for every chart before it prints). */
  onDrawn?: () => void
  className?: string
}

/**
 * A chart as SVG markup, with its figures as a visually hidden table: the picture is hidden from
 * assistive technology, the table says the same thing in words and numbers.
 */
export function ChartFigure({ caption, option, width, height, table, onDrawn, className }: ChartFigureProps) {
  const [svg, setSvg] = useState<string | null>(null)
  useEffect(() => {
    let current = true
    void loadCharts().then(({ renderChartSvg }) => {
      if (current) setSvg(renderChartSvg(option, width, height))
    })
    return () => {
      current = false
    }
  }, [option, width, height])
  useEffect(() => {
    if (svg !== null) onDrawn?.()
  }, [svg, onDrawn])
  return (
    <figure
      className={`progress-chart ${className ?? ''}`}
      style={{ maxWidth: width }}
      data-chart-drawn={svg !== null}
    >
      {/* ECharts' own markup from figures and words we gave it, no user HTML: it escapes text itself. */}
      <div
        className="progress-chart-svg"
        aria-hidden
        style={{ aspectRatio: `${width} / ${height}` }}
        dangerouslySetInnerHTML={svg === null ? undefined : { __html: svg }}
      />
      <table className="progress-chart-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {table.head.map((cell, index) => (
              <th key={index} scope="col">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, index) => (
            <tr key={index}>
              {row.map((cell, column) =>
                column === 0 ? (
                  <th key={column} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={column}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
