import { PlusOutlined } from '@ant-design/icons'
import { Button, Radio } from 'antd'
import { useEffect, useState } from 'react'
import { useSearchParams } from 'react-router'
import { addAction, moveAction } from '../../../../shared/exercises/action-plan/action-plan-doc'
import type { StepContext } from '../../plan/steps/step-context'
import { ActionCard } from './action-card'
import { ActionTimeline } from './action-timeline'
import { refocusMoveButton } from './move-buttons'
import { stepPlacement, type Direction } from './reorder'
import { useMessages } from '../../i18n/use-messages'
import { actionPlanUiMessages } from './action-plan-ui-messages'
import './action-plan.css'

type View = 'list' | 'timeline'

/**
 * The action plan: the measures as cards that open into their details, or as a timeline. The view and
 * the action to open (`?action=`, from the budget step's links) are kept in the address.
 */
export function ActionPlanStep({ doc, provider, user, plan, editable }: StepContext) {
  const t = useMessages(actionPlanUiMessages)
  const [search, setSearch] = useSearchParams()
  const view: View = search.get('view') === 'timeline' ? 'timeline' : 'list'
  const wanted = search.get('action')
  const actions = plan.actions
  const ids = actions.map((action) => action.id)
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set([wanted ?? ids[0] ?? '']))
  const [added, setAdded] = useState<string | null>(null)
  // The plan arrives from the hub after the first render: open the first action once there is one.
  const [seeded, setSeeded] = useState(ids.length > 0)
  if (!seeded && ids.length > 0) {
    setSeeded(true)
    setExpanded((open) => new Set(open).add(wanted ?? (ids[0] as string)))
  }
  const [announcement, setAnnouncement] = useState('')

  // A link to one action (the budget step's "fix this") opens it and brings it into view.
  useEffect(() => {
    if (!wanted) return
    setExpanded((open) => new Set(open).add(wanted))
    requestAnimationFrame(() => {
      const card = document.querySelector<HTMLElement>(`[data-action-id="${CSS.escape(wanted)}"]`)
      card?.scrollIntoView({ block: 'start' })
      card?.querySelector<HTMLButtonElement>('.action-card-toggle')?.focus({ preventScroll: true })
    })
  }, [wanted])

  const setView = (next: View) =>
    setSearch(
      (current) => {
        const params = new URLSearchParams(current)
        if (next === 'list') params.delete('view')
        else params.set('view', next)
        return params
      },
      { replace: true },
    )

  const toggle = (id: string) =>
    setExpanded((open) => {
      const next = new Set(open)
      if (!next.delete(id)) next.add(id)
      return next
    })

  const move = (id: string, direction: Direction) => {
    const beforeId = stepPlacement(ids, id, direction)
    if (beforeId === undefined) return
    moveAction(doc, id, beforeId)
    const position = ids.indexOf(id) + (direction === 'up' ? 0 : 2)
    const title = actions.find((action) => action.id === id)?.title.trim() || t('untitled')
    setAnnouncement(t('moved', { title, position, count: ids.length }))
    refocusMoveButton(id, direction)
  }

  const openInList = (id: string) => {
    setExpanded((open) => new Set(open).add(id))
    setSearch(
      (current) => {
        const params = new URLSearchParams(current)
        params.delete('view')
        params.set('action', id)
        return params
      },
      { replace: true },
    )
  }

  return (
    <section aria-label={t('heading')} className="plan-section action-plan">
      <div className="action-toolbar">
        <p className="action-count">{t('count', { count: actions.length })}</p>
        <Radio.Group
          optionType="button"
          value={view}
          aria-label={t('views.label')}
          options={[
            { value: 'list', label: t('views.list') },
            { value: 'timeline', label: t('views.timeline') },
          ]}
          onChange={(event) => setView(event.target.value as View)}
        />
        <Button
          type="primary"
          icon={<PlusOutlined aria-hidden />}
          disabled={!editable}
          onClick={() => {
            const id = addAction(doc)
            setAdded(id)
            setExpanded((open) => new Set(open).add(id))
            if (view !== 'list') setView('list')
          }}
        >
          {t('add')}
        </Button>
      </div>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      {actions.length === 0 ? (
        <p className="action-empty">{t('empty')}</p>
      ) : view === 'timeline' ? (
        <ActionTimeline actions={actions} info={plan.info} onOpen={openInList} />
      ) : (
        <ol className="action-list">
          {actions.map((action, index) => (
            <ActionCard
              key={action.id}
              doc={doc}
              provider={provider}
              user={user}
              action={action}
              position={index + 1}
              count={actions.length}
              indicators={plan.indicators}
              editable={editable}
              expanded={expanded.has(action.id)}
              focusTitle={action.id === added}
              onToggle={() => toggle(action.id)}
              onMove={(direction) => move(action.id, direction)}
            />
          ))}
        </ol>
      )}
    </section>
  )
}
