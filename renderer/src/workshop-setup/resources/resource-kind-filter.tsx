import { Radio } from 'antd'
import {
  RESOURCE_KINDS,
  type Resource,
  type ResourceKind,
} from '../../../../shared/resources/resource-schema'
import { useMessages } from '../../i18n/use-messages'
import { vocabularyMessages } from '../../../../shared/vocabulary/vocabulary-messages'
import { resourcesMessages } from './resources-messages'

interface ResourceKindFilterProps {
  resources: Resource[]
  value: ResourceKind | null
  onChange: (kind: ResourceKind | null) => void
}

const ALL = 'all'

/** All kinds, or one, with how many resources each has; a radio group, so arrow keys move through it. */
export function ResourceKindFilter({ resources, value, onChange }: ResourceKindFilterProps) {
  const t = useMessages(resourcesMessages)
  const vocabulary = useMessages(vocabularyMessages)
  const count = (kind: ResourceKind) => resources.filter((resource) => resource.kind === kind).length
  return (
    <Radio.Group
      aria-label={t('filter')}
      optionType="button"
      value={value ?? ALL}
      onChange={(event) => onChange(event.target.value === ALL ? null : (event.target.value as ResourceKind))}
      style={{ display: 'flex', flexWrap: 'wrap', rowGap: 8 }}
      options={[
        {
          value: ALL,
          label: t('kindCount', { kind: t('all'), count: resources.length }),
        },
        ...RESOURCE_KINDS.map((kind) => ({
          value: kind,
          label: t('kindCount', { kind: vocabulary(`resourceKinds.${kind}`), count: count(kind) }),
        })),
      ]}
    />
  )
}
