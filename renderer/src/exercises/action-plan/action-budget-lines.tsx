import { PlusOutlined } from '@ant-design/icons'
import { Button, Form, Select } from 'antd'
import { useState } from 'react'
import type * as Y from 'yjs'
import {
  addBudgetLine,
  deleteBudgetLine,
  updateBudgetLine,
} from '../../../../shared/exercises/action-plan/action-parts-doc'
import type { Action } from '../../../../shared/live/plan-schema'
import { budgetTotals } from '../../../../shared/exercises/budget/budget-totals'
import { yearSchema, yuanSchema } from '../../../../shared/validation/common-fields'
import { FUNDING_SOURCE_LABELS, FUNDING_SOURCES } from '../../../../shared/vocabulary/plan-vocabulary'
import { useLanguage } from '../../i18n/use-language'
import { formatYuan } from '../budget/format-yuan'
import { DeleteButton } from './delete-button'
import { LiveNumberField } from '../../plan/fields/live-number-field'
import { LiveTextField } from '../../plan/fields/live-text-field'
import { useMessages } from '../../i18n/use-messages'
import { actionPlanUiMessages } from './action-plan-ui-messages'

const budgetYear = yearSchema.nullable()

interface ActionBudgetLinesProps {
  doc: Y.Doc
  action: Action
  editable: boolean
}

/** The action's budget lines (what, which year, from which source, how much) and their total. */
export function ActionBudgetLines({ doc, action, editable }: ActionBudgetLinesProps) {
  const t = useMessages(actionPlanUiMessages)
  const language = useLanguage()
  const [added, setAdded] = useState<string | null>(null)
  const headingId = `budget-${action.id}`
  const total = budgetTotals([action]).total
  const sources = FUNDING_SOURCES.map((source) => ({
    value: source,
    label: FUNDING_SOURCE_LABELS[source][language],
  }))
  return (
    <section className="action-subsection" aria-labelledby={headingId} id={`action-${action.id}-budget`}>
      <h4 id={headingId} className="action-subheading">
        {t('budget.heading')}
      </h4>
      {action.budgetLines.length === 0 ? (
        <p className="action-empty">{t('budget.empty')}</p>
      ) : (
        <>
          <div className="budget-line budget-line-head" aria-hidden>
            <span>{t('budget.item')}</span>
            <span>{t('budget.year')}</span>
            <span>{t('budget.source')}</span>
            <span>{t('budget.amount')}</span>
          </div>
          <ol className="budget-line-list">
            {action.budgetLines.map((line, index) => {
              const position = index + 1
              const label = (field: 'item' | 'year' | 'source' | 'amount') =>
                t(`budget.${field}Label`, { position })
              return (
                <li key={line.id} className="budget-line" data-line-id={line.id}>
                  <LiveTextField
                    label={label('item')}
                    hideLabel
                    ariaLabel={label('item')}
                    placeholder={t('budget.itemPlaceholder')}
                    value={line.item}
                    editable={editable}
                    autoFocus={line.id === added}
                    onSave={(item) => updateBudgetLine(doc, action.id, line.id, { item })}
                  />
                  <LiveNumberField
                    label={label('year')}
                    hideLabel
                    ariaLabel={label('year')}
                    schema={budgetYear}
                    value={line.year}
                    editable={editable}
                    formatStored={String}
                    onSave={(year) => updateBudgetLine(doc, action.id, line.id, { year })}
                  />
                  <Form.Item className="budget-line-source">
                    <Select
                      aria-label={label('source')}
                      value={line.source}
                      options={sources}
                      placeholder={t('fields.choose')}
                      allowClear
                      disabled={!editable}
                      onChange={(source) =>
                        updateBudgetLine(doc, action.id, line.id, { source: source ?? null })
                      }
                    />
                  </Form.Item>
                  <LiveNumberField
                    label={label('amount')}
                    hideLabel
                    ariaLabel={label('amount')}
                    schema={yuanSchema}
                    inputMode="decimal"
                    value={line.amount}
                    editable={editable}
                    formatStored={(amount) => formatYuan(amount, language)}
                    onSave={(amount) => updateBudgetLine(doc, action.id, line.id, { amount })}
                  />
                  <DeleteButton
                    label={t('budget.delete', { position })}
                    confirm={t('budget.deleteConfirm')}
                    editable={editable}
                    onConfirm={() => deleteBudgetLine(doc, action.id, line.id)}
                  />
                </li>
              )
            })}
          </ol>
        </>
      )}
      <div className="budget-line-foot">
        <Button
          icon={<PlusOutlined aria-hidden />}
          disabled={!editable}
          onClick={() => setAdded(addBudgetLine(doc, action.id))}
        >
          {t('budget.add')}
        </Button>
        <p className="budget-line-total" data-testid="action-budget-total">
          {t('budget.total', { amount: formatYuan(total, language) })}
        </p>
      </div>
    </section>
  )
}
