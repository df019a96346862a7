import type { HocuspocusProvider } from '@hocuspocus/provider'
import { RightOutlined } from '@ant-design/icons'
import type * as Y from 'yjs'
import { deleteAction } from '../../../../shared/exercises/action-plan/action-plan-doc'
import type { Action } from '../../../../shared/live/plan-schema'
import type { Indicator } from '../../../../shared/exercises/target-setting/target-setting-schema'
import { budgetTotals } from '../../../../shared/exercises/budget/budget-totals'
import { FIVE_BATCH_LABELS } from '../../../../shared/vocabulary/plan-vocabulary'
import { useFormatters } from '../../components/use-formatters'
import type { LiveUser } from '../../live/live-document'
import { useLanguage } from '../../i18n/use-language'
import { formatYuan } from '../budget/format-yuan'
import { ActionDetails } from './action-details'
import { DeleteButton } from './delete-button'
import { MoveButtons } from './move-buttons'
import type { Direction } from './reorder'
import { useMessages } from '../../i18n/use-messages'
import { actionPlanUiMessages } from './action-plan-ui-messages'
import { CommentMarker } from '../../comments/comment-marker'

interface ActionCardProps {
  doc: Y.Doc
  provider: HocuspocusProvider
  user: LiveUser
  action: Action
  position: number
  count: number
  indicators: readonly Indicator[]
  editable: boolean
  expanded: boolean
  focusTitle: boolean
  onToggle: () => void
  onMove: (direction: Direction) => void
}

/**
 * One action: a heading that says what, who, when and how much, and opens the details underneath. Only
 * open cards mount their editors, so a long plan stays quick on a tablet.
 */
export function ActionCard(props: ActionCardProps) {
  const { doc, action, position, count, expanded, editable, onToggle, onMove } = props
  const t = useMessages(actionPlanUiMessages)
  const language = useLanguage()
  const format = useFormatters()
  const title = action.title.trim() || t('untitled')
  const bodyId = `action-${action.id}-details`
  const budget = budgetTotals([action]).total
  const dates =
    action.startDate && action.endDate
      ? format.dateRange(action.startDate, action.endDate)
      : action.startDate
        ? t('summary.from', { date: format.date(action.startDate) })
        : action.endDate
          ? t('summary.until', { date: format.date(action.endDate) })
          : t('summary.noDates')
  return (
    <li className="action-card" data-action-id={action.id} data-expanded={expanded || undefined}>
      <div className="action-card-header">
        <h3 className="action-card-heading">
          <button
            type="button"
            className="action-card-toggle"
            aria-expanded={expanded}
            aria-controls={expanded ? bodyId : undefined}
            onClick={onToggle}
          >
            <RightOutlined className="action-card-chevron" aria-hidden />
            <span className="action-card-number">{t('position', { position })}</span>
            <span className="action-card-title">{title}</span>
            <span className="action-card-meta">
              <span className="action-batch" data-batch={action.batch ?? 'none'}>
                {action.batch ? FIVE_BATCH_LABELS[action.batch][language] : t('summary.noBatch')}
              </span>
              <span>{action.owner.trim() || t('summary.noOwner')}</span>
              <span>{dates}</span>
              <span>{t('summary.budget', { amount: formatYuan(budget, language) })}</span>
            </span>
          </button>
        </h3>
        <CommentMarker exercise="action-plan" kind="action" id={action.id} />
        <span className="row-buttons">
          <MoveButtons
            upLabel={t('moveUp', { title })}
            downLabel={t('moveDown', { title })}
            first={position === 1}
            last={position === count}
            editable={editable}
            focusKey={action.id}
            onMove={onMove}
          />
          <DeleteButton
            label={t('delete', { title })}
            confirm={t('deleteConfirm')}
            editable={editable}
            onConfirm={() => deleteAction(doc, action.id)}
          />
        </span>
      </div>
      {expanded && (
        <div id={bodyId} className="action-card-body">
          <ActionDetails
            doc={doc}
            provider={props.provider}
            user={props.user}
            action={action}
            indicators={props.indicators}
            editable={editable}
            focusTitle={props.focusTitle}
          />
        </div>
      )}
    </li>
  )
}
