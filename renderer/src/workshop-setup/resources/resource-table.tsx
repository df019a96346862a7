import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons'
import { Button, Flex, Grid, Space, Spin, Table, Tag, Typography, type TableColumnsType } from 'antd'
import { textIn } from '../../../../shared/locale/locale'
import type { Resource } from '../../../../shared/resources/resource-schema'
import { isPending } from '../../api/pending-id'
import { RowActions } from '../../components/row-actions'
import { useLanguage } from '../../i18n/use-language'
import { ResourceTitle, shownLocale } from './resource-title'
import { useMessages } from '../../i18n/use-messages'
import { commonMessages } from '../../components/common-messages'
import { vocabularyMessages } from '../../../../shared/vocabulary/vocabulary-messages'
import { resourcesMessages } from './resources-messages'

interface ResourceTableProps {
  /** The rows on screen (the whole catalogue, or one kind of it), in catalogue order. */
  resources: Resource[]
  onMove: (resource: Resource, delta: -1 | 1) => void
  onEdit: (resource: Resource) => void
  onDelete: (resource: Resource) => void
}

/** The catalogue, one row per resource: what it is, its kind, who offers it, and what can be done with it. */
export function ResourceTable({ resources, onMove, onEdit, onDelete }: ResourceTableProps) {
  const t = useMessages(resourcesMessages)
  const vocabulary = useMessages(vocabularyMessages)
  const tCommon = useMessages(commonMessages)
  const language = useLanguage()
  const nameOf = (resource: Resource) => textIn(resource.title, language)
  const busy = resources.some((resource) => isPending(resource.id))
  // Below desktop width, kind and provider move under the title so edit and delete stay in view.
  const wide = Grid.useBreakpoint().lg ?? true

  const kindTag = (resource: Resource) => (
    <Tag style={{ whiteSpace: 'normal' }}>{vocabulary(`resourceKinds.${resource.kind}`)}</Tag>
  )
  const provider = (resource: Resource) => (
    <span lang={shownLocale(resource.provider, language)}>{textIn(resource.provider, language)}</span>
  )

  const detailColumns: TableColumnsType<Resource> = wide
    ? [
        {
          key: 'kind',
          title: t('columns.kind'),
          width: 170,
          render: (_, resource) => kindTag(resource),
        },
        {
          key: 'provider',
          title: t('columns.provider'),
          width: 190,
          render: (_, resource) => provider(resource),
        },
      ]
    : []

  return (
    <Table<Resource>
      rowKey="id"
      dataSource={resources}
      pagination={false}
      size="middle"
      scroll={{ x: wide ? 980 : 600 }}
      columns={[
        {
          key: 'order',
          title: t('columns.order'),
          width: 96,
          render: (_, resource, index) => (
            <Space.Compact size="small">
              <Button
                icon={<ArrowUpOutlined aria-hidden />}
                aria-label={t('moveUpNamed', { name: nameOf(resource) })}
                title={t('moveUpNamed', { name: nameOf(resource) })}
                disabled={busy || index === 0}
                onClick={() => onMove(resource, -1)}
              />
              <Button
                icon={<ArrowDownOutlined aria-hidden />}
                aria-label={t('moveDownNamed', { name: nameOf(resource) })}
                title={t('moveDownNamed', { name: nameOf(resource) })}
                disabled={busy || index === resources.length - 1}
                onClick={() => onMove(resource, 1)}
              />
            </Space.Compact>
          ),
        },
        {
          key: 'resource',
          title: t('columns.resource'),
          render: (_, resource) => {
            const description = textIn(resource.description, language)
            return (
              <Flex gap={6} align="start">
                {isPending(resource.id) && <Spin size="small" />}
                <div>
                  <ResourceTitle title={resource.title} />
                  {!wide && (
                    <div style={{ marginTop: 4 }}>
                      {kindTag(resource)}
                      <Typography.Text type="secondary">{t('providerLine')}</Typography.Text>
                      {provider(resource)}
                    </div>
                  )}
                  {description && (
                    <Typography.Paragraph
                      type="secondary"
                      lang={shownLocale(resource.description, language)}
                      style={{ margin: '4px 0 0', fontSize: 13, maxWidth: 640 }}
                    >
                      {description}
                    </Typography.Paragraph>
                  )}
                </div>
              </Flex>
            )
          },
        },
        ...detailColumns,
        {
          key: 'actions',
          title: tCommon('actions'),
          width: 180,
          render: (_, resource) => (
            <RowActions
              editLabel={t('editNamed', { name: nameOf(resource) })}
              deleteLabel={t('deleteNamed', { name: nameOf(resource) })}
              disabled={isPending(resource.id)}
              onEdit={() => onEdit(resource)}
              onDelete={() => onDelete(resource)}
            />
          ),
        },
      ]}
    />
  )
}
