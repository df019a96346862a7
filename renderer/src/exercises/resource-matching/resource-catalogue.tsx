import { CloseCircleFilled, SearchOutlined } from '@ant-design/icons'
import type { UseQueryResult } from '@tanstack/react-query'
import { Button, Input, Select, Skeleton } from 'antd'
import { useState } from 'react'
import type { Match, Need } from '../../../../shared/exercises/resource-matching/resource-matching-schema'
import {
  RESOURCE_KINDS,
  RESOURCE_KIND_LABELS,
  type Resource,
  type ResourceKind,
} from '../../../../shared/resources/resource-schema'
import { LoadError } from '../../components/load-error'
import { useLanguage } from '../../i18n/use-language'
import { type CatalogueFilter, filterCatalogue, groupByKind } from './catalogue-filter'
import { ResourceItem } from './resource-item'
import { useMessages } from '../../i18n/use-messages'
import { resourceMatchingUiMessages } from './resource-matching-ui-messages'

interface ResourceCatalogueProps {
  query: UseQueryResult<Resource[]>
  needs: Need[]
  matches: Match[]
  onMatch: (resource: Resource, needId: string) => void
  editable: boolean
}

const NO_FILTER: CatalogueFilter = { query: '', kind: null }

/** The right column: the workshop's resource catalogue, grouped by kind, with search and a kind filter. */
export function ResourceCatalogue({ query, needs, matches, onMatch, editable }: ResourceCatalogueProps) {
  const t = useMessages(resourceMatchingUiMessages)
  const language = useLanguage()
  const [filter, setFilter] = useState<CatalogueFilter>(NO_FILTER)
  const resources = query.data ?? []
  const shown = filterCatalogue(resources, filter)
  const filtered = filter.query.trim() !== '' || filter.kind !== null
  const needIds = new Set(needs.map((need) => need.id))
  const matchedNeedIds = (resourceId: string) =>
    new Set(
      matches
        .filter((match) => match.resourceId === resourceId && needIds.has(match.needId ?? ''))
        .map((match) => match.needId ?? ''),
    )

  return (
    <section className="matching-catalogue" aria-labelledby="matching-catalogue-heading">
      <h3 id="matching-catalogue-heading" className="matching-column-title">
        {t('catalogue.heading')}
      </h3>
      <div className="catalogue-filter">
        <Input
          // antd's clear button is named after its icon ("close-circle"): it gets a name in words.
          allowClear={{
            clearIcon: <CloseCircleFilled aria-label={t('catalogue.clearSearch')} />,
          }}
          prefix={<SearchOutlined aria-hidden />}
          value={filter.query}
          onChange={(event) => setFilter({ ...filter, query: event.target.value })}
          aria-label={t('catalogue.search')}
          placeholder={t('catalogue.searchPlaceholder')}
        />
        <div className="catalogue-filter-row">
          <Select<ResourceKind | null>
            value={filter.kind}
            onChange={(kind) => setFilter({ ...filter, kind })}
            aria-label={t('catalogue.kind')}
            popupMatchSelectWidth={false}
            options={[
              { value: null, label: t('catalogue.allKinds') },
              ...RESOURCE_KINDS.map((kind) => ({ value: kind, label: RESOURCE_KIND_LABELS[kind][language] })),
            ]}
          />
          {query.isSuccess && resources.length > 0 && (
            <p className="catalogue-count" aria-live="polite">
              {filtered
                ? t('catalogue.shownOf', { shown: shown.length, total: resources.length })
                : t('catalogue.shown', { shown: shown.length })}
              {filtered && (
                <Button type="link" size="small" onClick={() => setFilter(NO_FILTER)}>
                  {t('catalogue.clear')}
                </Button>
              )}
            </p>
          )}
        </div>
      </div>
      {query.isPending ? (
        <Skeleton active paragraph={{ rows: 6 }} aria-label={t('catalogue.loading')} />
      ) : query.isError ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : resources.length === 0 ? (
        <p className="matching-empty">{t('catalogue.empty')}</p>
      ) : (
        <>
          {needs.length === 0 && <p className="catalogue-hint">{t('catalogue.noNeeds')}</p>}
          {shown.length === 0 && <p className="matching-empty">{t('catalogue.noResults')}</p>}
          {groupByKind(shown).map((group) => (
            <section key={group.kind} className="catalogue-group" aria-labelledby={`catalogue-${group.kind}`}>
              <h4 id={`catalogue-${group.kind}`} className="catalogue-group-title">
                {RESOURCE_KIND_LABELS[group.kind][language]}
              </h4>
              <ul className="resource-list">
                {group.resources.map((resource) => (
                  <ResourceItem
                    key={resource.id}
                    resource={resource}
                    needs={needs}
                    matchedNeedIds={matchedNeedIds(resource.id)}
                    onMatch={(needId) => onMatch(resource, needId)}
                    editable={editable}
                  />
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </section>
  )
}
