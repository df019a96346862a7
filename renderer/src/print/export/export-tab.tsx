import { useSetupContext } from '../../workshop-setup/setup-context'
import { ExportPanel } from './export-panel'

/** `/workshops/:workshopId/export`: the PDF export of the workshop's plans. */
export function ExportTab() {
  const { workshop } = useSetupContext()
  return <ExportPanel workshop={workshop} />
}
