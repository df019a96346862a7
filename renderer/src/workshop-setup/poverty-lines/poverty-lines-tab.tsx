import { NoDataYet } from '../../components/no-data-yet'
import { useSetupContext } from '../setup-context'
import { PovertyLinesForm } from './poverty-lines-form'
import { usePovertyLines } from './use-poverty-lines'

/** The national poverty line by year, which plans compare incomes against. */
export function PovertyLinesTab() {
  const { workshop } = useSetupContext()
  const table = usePovertyLines(workshop.id)
  if (table.data === undefined) return <NoDataYet query={table} />
  return <PovertyLinesForm workshopId={workshop.id} table={table.data} />
}
