import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MeasuringStrategy,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core'
import type { UseQueryResult } from '@tanstack/react-query'
import { App } from 'antd'
import { useState } from 'react'
import type * as Y from 'yjs'
import { textIn } from '../../../../shared/locale/locale'
import { actionIdFor } from '../../../../shared/exercises/action-plan/action-from-match'
import { addMatch, moveNeed } from '../../../../shared/exercises/resource-matching/resource-matching-doc'
import type { Plan } from '../../../../shared/live/plan-schema'
import type { Resource } from '../../../../shared/resources/resource-schema'
import { useLanguage } from '../../i18n/use-language'
import { matchingAnnouncements, matchingScreenReaderInstructions } from './matching-announcements'
import { isMatched, matchingDrop, parseDragId } from './matching-drop'
import { matchingCollisionDetection, matchingKeyboardCoordinates } from './matching-drag-targets'
import { NeedList } from './need-list'
import { ResourceCatalogue } from './resource-catalogue'
import { useMessages } from '../../i18n/use-messages'
import { resourceMatchingUiMessages } from './resource-matching-ui-messages'

interface MatchingCardsProps {
  doc: Y.Doc
  plan: Plan
  resources: UseQueryResult<Resource[]>
  editable: boolean
}

/**
 * The cards view: needs on the left, the catalogue on the right, one drag-and-drop context spanning
 * both. A resource dropped on a need becomes one addMatch; a need dropped among needs one moveNeed.
 */
export function MatchingCards({ doc, plan, resources, editable }: MatchingCardsProps) {
  const t = useMessages(resourceMatchingUiMessages)
  const language = useLanguage()
  const { message } = App.useApp()
  const [activeId, setActiveId] = useState<string | null>(null)
  const catalogue = resources.data ?? []
  const needIds = plan.needs.map((need) => need.id)
  const convertedMatchIds = new Set(
    plan.matches.filter((match) => plan.actions.some((a) => a.id === actionIdFor(match.id))).map((m) => m.id),
  )
  const needText = (id: string) =>
    plan.needs.find((need) => need.id === id)?.text.trim() || t('needs.untitled')
  const resourceOf = (id: string) => catalogue.find((resource) => resource.id === id)
  const resourceTitle = (id: string) => {
    const resource = resourceOf(id)
    return resource ? textIn(resource.title, language) : ''
  }
  const match = (resource: Resource, needId: string) => {
    if (isMatched(plan.matches, needId, resource.id)) return false
    addMatch(doc, needId, resource)
    return true
  }
  const sensors = useSensors(
    // A small distance or a short press, so clicks and scrolling on a tablet are not taken for drags.
    useSensor(MouseSensor, { activationConstraint: { distance: 4 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: matchingKeyboardCoordinates }),
  )
  const active = activeId ? parseDragId(activeId) : null

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={matchingCollisionDetection}
      // Measured throughout the drag: the page scrolls under a finger or mouse near the edge.
      measuring={{ droppable: { strategy: MeasuringStrategy.Always } }}
      accessibility={{
        announcements: matchingAnnouncements(t, { needIds, matches: plan.matches, needText, resourceTitle }),
        screenReaderInstructions: matchingScreenReaderInstructions(t),
      }}
      onDragStart={({ active: dragged }) => setActiveId(String(dragged.id))}
      onDragCancel={() => setActiveId(null)}
      onDragEnd={({ active: dragged, over }) => {
        setActiveId(null)
        const drop = matchingDrop(needIds, plan.matches, String(dragged.id), over ? String(over.id) : null)
        if (drop?.kind === 'move-need') moveNeed(doc, drop.needId, drop.beforeId)
        if (drop?.kind === 'match') {
          const resource = resourceOf(drop.resourceId)
          if (resource) match(resource, drop.needId)
        }
      }}
    >
      <div className="matching-columns">
        <NeedList
          doc={doc}
          needs={plan.needs}
          matches={plan.matches}
          convertedMatchIds={convertedMatchIds}
          editable={editable}
        />
        <ResourceCatalogue
          query={resources}
          needs={plan.needs}
          matches={plan.matches}
          editable={editable}
          onMatch={(resource, needId) => {
            if (match(resource, needId)) {
              void message.success(
                t('catalogue.added', {
                  resource: textIn(resource.title, language),
                  need: needText(needId),
                }),
              )
            }
          }}
        />
      </div>
      <DragOverlay>
        {active ? (
          <div className="matching-overlay" data-type={active.type}>
            {active.type === 'resource' ? resourceTitle(active.id) : needText(active.id)}
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  )
}
