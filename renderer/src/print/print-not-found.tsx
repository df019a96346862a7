import { useLocation } from 'react-router'
import { PrintLanguage } from './print-context'
import { PrintStatus } from './print-status'

/** A /print/… address that names no print view: the export fails at once, saying which address. */
export function PrintNotFound() {
  const { pathname } = useLocation()
  return (
    <PrintLanguage locale="zh-CN">
      <PrintStatus error={new Error(pathname)} notFoundKey="failed" />
    </PrintLanguage>
  )
}
