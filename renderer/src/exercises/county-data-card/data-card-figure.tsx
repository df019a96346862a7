import type * as Y from 'yjs'
import { setDataCardField } from '../../../../shared/exercises/county-data-card/county-data-card-doc'
import {
  YEAR_FIELDS,
  type DataCardField,
} from '../../../../shared/exercises/county-data-card/county-data-card-schema'
import { useFormatters } from '../../components/use-formatters'
import { LiveNumberField } from '../../plan/fields/live-number-field'
import { figureSchema } from './figure-schema'
import { useMessages } from '../../i18n/use-messages'
import { countyDataCardUiMessages } from './county-data-card-ui-messages'

interface DataCardFigureProps {
  doc: Y.Doc
  field: DataCardField
  /** The figure in the live document now. */
  value: number | null
  editable: boolean
}

/** One figure of the data card, with the rules of the county figures at setup. */
export function DataCardFigure({ doc, field, value, editable }: DataCardFigureProps) {
  const t = useMessages(countyDataCardUiMessages)
  const format = useFormatters()
  const isYear = YEAR_FIELDS.includes(field)
  return (
    <LiveNumberField
      label={t(`dataCard.fields.${field}`)}
      value={value}
      schema={figureSchema(field)}
      onSave={(next) => setDataCardField(doc, field, next)}
      editable={editable}
      inputMode={field === 'povertyIncidence' ? 'decimal' : 'numeric'}
      formatStored={(stored) => (isYear ? String(stored) : format.count(stored))}
    />
  )
}
