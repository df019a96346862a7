import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons'
import { Button, Popconfirm } from 'antd'
import type * as Y from 'yjs'
import {
  type IndicatorFields,
  setIndicatorTarget,
  updateIndicator,
} from '../../../../shared/exercises/target-setting/target-setting-doc'
import type { Objective } from '../../../../shared/exercises/problem-tree/problem-tree-schema'
import type { Indicator } from '../../../../shared/exercises/target-setting/target-setting-schema'
import type { TargetIssue } from '../../../../shared/exercises/target-setting/target-checks'
import {
  INDICATOR_ATTRIBUTE_LABELS,
  INDICATOR_ATTRIBUTES,
  INDICATOR_KIND_LABELS,
  INDICATOR_KINDS,
  type IndicatorKind,
} from '../../../../shared/vocabulary/plan-vocabulary'
import { useLanguage } from '../../i18n/use-language'
import type { MoveDirection } from './indicator-moves'
import { TargetNumberField, TargetSelectField, TargetTextField } from './target-fields'
import { indicatorIssuePath, targetIssuePath } from './target-issue-paths'
import { useMessages } from '../../i18n/use-messages'
import { targetSettingUiMessages } from './target-setting-ui-messages'
import { CommentMarker } from '../../comments/comment-marker'

interface IndicatorRowProps {
  doc: Y.Doc
  indicator: Indicator
  /** 1-based. */
  row: number
  last: boolean
  years: readonly number[]
  objectives: readonly Objective[]
  issues: ReadonlyMap<string, TargetIssue[]>
  editable: boolean
  onMove: (direction: MoveDirection) => void
  onDelete: () => void
}

/**
 * One indicator as one row of the table (one card on a phone). Every box is labelled with its column
 * and row, so it reads the same whether the column header is on screen or not.
 */
export function IndicatorRow(props: IndicatorRowProps) {
  const { doc, indicator, row, years, objectives, issues, editable } = props
  const t = useMessages(targetSettingUiMessages)
  const language = useLanguage()
  const { id } = indicator
  const name = indicator.name.trim() || t('table.untitled')
  const label = (column: string) => (
    <>
      {column}
      <span className="sr-only">{t('table.rowSuffix', { row })}</span>
    </>
  )
  const update = (patch: Partial<IndicatorFields>) => updateIndicator(doc, id, patch)
  const changeKind = (kind: IndicatorKind) =>
    // A new row gets the kind's usual unit; a unit someone already wrote stays. "Other" has no usual unit.
    update(
      kind !== 'other' && indicator.unit.trim() === '' ? { kind, unit: t(`kindUnits.${kind}`) } : { kind },
    )
  const objectiveOptions = objectives.map((objective, index) => ({
    value: objective.id,
    label: objective.text.trim() || t('table.untitledObjective', { n: index + 1 }),
  }))

  return (
    <tr className="indicator-row" data-indicator-id={id}>
      <th scope="row" className="indicator-cell indicator-name-cell">
        <div className="indicator-name">
          <span className="indicator-row-number" aria-hidden>
            {row}
          </span>
          <TargetTextField
            label={label(t('table.columns.name'))}
            value={indicator.name}
            onSave={(text) => update({ name: text })}
            placeholder={t('table.namePlaceholder')}
            editable={editable}
          />
          <CommentMarker exercise="target-setting" kind="indicator" id={id} />
        </div>
      </th>
      <td className="indicator-cell indicator-kind-cell">
        <TargetSelectField<IndicatorKind>
          label={label(t('table.columns.kind'))}
          value={indicator.kind}
          options={INDICATOR_KINDS.map((kind) => ({
            value: kind,
            label: INDICATOR_KIND_LABELS[kind][language],
          }))}
          onChange={(kind) => kind && changeKind(kind)}
          editable={editable}
        />
      </td>
      <td className="indicator-cell indicator-unit-cell">
        <TargetTextField
          label={label(t('table.columns.unit'))}
          value={indicator.unit}
          onSave={(text) => update({ unit: text })}
          editable={editable}
        />
      </td>
      <td className="indicator-cell indicator-figure-cell">
        <TargetNumberField
          kind="amount"
          label={label(t('table.columns.baselineValue'))}
          value={indicator.baselineValue}
          onSave={(value) => update({ baselineValue: value })}
          editable={editable}
        />
      </td>
      <td className="indicator-cell indicator-year-cell">
        <TargetNumberField
          kind="year"
          label={label(t('table.columns.baselineYear'))}
          value={indicator.baselineYear}
          onSave={(value) => update({ baselineYear: value })}
          editable={editable}
        />
      </td>
      {years.map((year) => (
        <td
          key={year}
          className="indicator-cell indicator-figure-cell indicator-target-cell"
          data-issue-path={targetIssuePath(id, year)}
        >
          <TargetNumberField
            kind="amount"
            label={label(t('table.columns.target', { year: String(year) }))}
            value={indicator.targets.find((target) => target.year === year)?.value ?? null}
            onSave={(value) => setIndicatorTarget(doc, id, year, value)}
            issues={issues.get(targetIssuePath(id, year))}
            editable={editable}
          />
        </td>
      ))}
      <td className="indicator-cell indicator-attribute-cell">
        <TargetSelectField
          label={label(t('table.columns.attribute'))}
          value={indicator.attribute}
          options={INDICATOR_ATTRIBUTES.map((attribute) => ({
            value: attribute,
            label: INDICATOR_ATTRIBUTE_LABELS[attribute][language],
          }))}
          onChange={(attribute) => attribute && update({ attribute })}
          editable={editable}
        />
      </td>
      <td
        className="indicator-cell indicator-text-cell"
        data-issue-path={indicatorIssuePath(id, 'responsibleUnit')}
      >
        <TargetTextField
          label={label(t('table.columns.responsibleUnit'))}
          value={indicator.responsibleUnit}
          onSave={(text) => update({ responsibleUnit: text })}
          issues={issues.get(indicatorIssuePath(id, 'responsibleUnit'))}
          editable={editable}
        />
      </td>
      <td className="indicator-cell indicator-text-cell">
        <TargetTextField
          label={label(t('table.columns.verificationSource'))}
          value={indicator.verificationSource}
          onSave={(text) => update({ verificationSource: text })}
          editable={editable}
        />
      </td>
      <td className="indicator-cell indicator-objective-cell">
        <TargetSelectField
          label={label(t('table.columns.objective'))}
          value={indicator.objectiveId}
          options={objectiveOptions}
          onChange={(objectiveId) => update({ objectiveId })}
          placeholder={t(objectives.length === 0 ? 'table.noObjectives' : 'table.noObjective')}
          allowClear
          editable={editable}
        />
      </td>
      <td className="indicator-cell indicator-actions-cell">
        <div className="indicator-actions">
          <Button
            type="text"
            icon={<ArrowUpOutlined aria-hidden />}
            aria-label={t('table.moveUp', { row, name })}
            data-action="up"
            disabled={!editable || row === 1}
            onClick={() => props.onMove('up')}
          />
          <Button
            type="text"
            icon={<ArrowDownOutlined aria-hidden />}
            aria-label={t('table.moveDown', { row, name })}
            data-action="down"
            disabled={!editable || props.last}
            onClick={() => props.onMove('down')}
          />
          <Popconfirm
            title={t('table.deleteConfirm')}
            okText={t('table.deleteOk')}
            cancelText={t('table.deleteCancel')}
            okButtonProps={{ danger: true }}
            onConfirm={props.onDelete}
            disabled={!editable}
          >
            <Button
              type="text"
              danger
              icon={<DeleteOutlined aria-hidden />}
              aria-label={t('table.delete', { row, name })}
              disabled={!editable}
            />
          </Popconfirm>
        </div>
      </td>
    </tr>
  )
}
