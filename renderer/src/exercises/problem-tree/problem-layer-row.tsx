import type { ReactNode } from 'react'
import type { ProblemNode } from '../../../../shared/exercises/problem-tree/problem-tree-schema'
import type { ProblemLayer } from './problem-tree-layers'
import { useMessages } from '../../i18n/use-messages'
import { problemTreeUiMessages } from './problem-tree-ui-messages'

interface ProblemLayerRowProps {
  layer: ProblemLayer
  /** The text of a card, for the captions naming the card a cluster hangs on. */
  textOf: (id: string) => string
  renderCard: (node: ProblemNode, label: string) => ReactNode
}

/**
 * One layer of the board. Beyond the first, its cards are grouped by the card they hang on, each group
 * captioned with that card's text, so the tree reads without lines drawn between the layers.
 */
export function ProblemLayerRow({ layer, textOf, renderCard }: ProblemLayerRowProps) {
  const t = useMessages(problemTreeUiMessages)
  const effect = layer.side === 'effect'
  const title =
    layer.depth === 1
      ? t(effect ? 'layers.directEffects' : 'layers.directCauses')
      : t(effect ? 'layers.effects' : 'layers.causes', {
          depth: layer.depth,
        })
  const titleId = `pt-layer-${layer.side}-${layer.depth}`
  let position = 0
  return (
    <div className="pt-layer" data-side={layer.side} data-depth={layer.depth}>
      <h4 id={titleId} className="pt-layer-title">
        {title}
      </h4>
      <div className="pt-clusters">
        {layer.clusters.map((cluster) => {
          const captionId = `pt-cluster-${cluster.parentId ?? 'core'}-${layer.side}`
          const parent = cluster.parentId === null ? null : textOf(cluster.parentId)
          return (
            <div
              key={cluster.parentId ?? 'core'}
              className="pt-cluster"
              data-parent={cluster.parentId ?? 'core'}
            >
              {parent !== null && (
                <p id={captionId} className="pt-cluster-caption">
                  {t(effect ? 'clusterEffect' : 'clusterCause', { parent })}
                </p>
              )}
              <ul className="pt-card-list" aria-labelledby={parent !== null ? captionId : titleId}>
                {cluster.nodes.map((node) => {
                  position += 1
                  return renderCard(node, t('cardText', { layer: title, position }))
                })}
              </ul>
            </div>
          )
        })}
      </div>
    </div>
  )
}
