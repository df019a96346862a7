import type { ReactNode } from 'react'

export interface PrintColumn {
  label: ReactNode
  /**
   * Share of the table's width, e.g. '30%', for columns of running text. Without it the column takes the
   * width of its heading or its widest figure or term (units, years, attributes).
   */
  width?: string
  /** Right-aligned figures. */
  numeric?: boolean
}

/** A print table's column widths and header row; the header repeats on every page (print.css). */
export function PrintTableHead({ columns }: { columns: readonly PrintColumn[] }) {
  return (
    <>
      <colgroup>
        {columns.map((column, index) => (
          <col key={index} style={{ width: column.width }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {columns.map((column, index) => (
            <th key={index} scope="col" className={column.numeric ? 'print-number' : undefined}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
    </>
  )
}
