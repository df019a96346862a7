import { Radio } from 'antd'
import { useTranslation } from 'react-i18next'
import {
  RESOURCE_KIND_LABELS,
  RESOURCE_KINDS,
  type Resource,
  type ResourceKind,
} from '../../../../shared/resources/resource-schema'
import { useLanguage } from '../../i18n/use-language'

interface ResourceKindFilterProps {
  resources: Resource[]
  value: ResourceKind | null
  onChange: (kind: ResourceKind | null) => void
}

const ALL = 'all'

/** All kinds, or one, with how many resources each has; a radio group, so arrow keys move through it. */
export function ResourceKindFilter({ resources, value, onChange }: ResourceKindFilterProps) {
  const { t } = useTranslation()
  const language = useLanguage()
  const count = (kind: ResourceKind) => resources.filter((resource) => resource.kind === kind).length
  return (
    <Radio.Group
      aria-label={t('resources.filter')}
      optionType="button"
      value={value ?? ALL}
      onChange={(event) => onChange(event.target.value === ALL ? null : (event.target.value as ResourceKind))}
      style={{ display: 'flex', flexWrap: 'wrap', rowGap: 8 }}
      options={[
        {
          value: ALL,
          label: t('resources.kindCount', { kind: t('resources.all'), count: resources.length }),
        },
        ...RESOURCE_KINDS.map((kind) => ({
          value: kind,
          label: t('resources.kindCount', { kind: RESOURCE_KIND_LABELS[kind][language], count: count(kind) }),
        })),
      ]}
    />
  )
}
