import { ImportOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Flex, Typography } from 'antd'
import { useState } from 'react'
import { useDocumentTitle } from '../app/use-document-title'
import { EmptyState } from '../components/empty-state'
import { NoDataYet } from '../components/no-data-yet'
import { CreateWorkshopDialog } from './create-workshop-dialog'
import { ImportWorkshopDialog } from '../workshop-file/import-workshop-dialog'
import { workshopFileMessages } from '../workshop-file/workshop-file-messages'
import { useWorkshops } from './use-workshops'
import { WorkshopTable } from './workshop-table'
import { useMessages } from '../i18n/use-messages'
import { homeMessages } from './home-messages'

/** The start screen: every workshop on this laptop, and the ways to create one or bring one from another. */
export function HomePage() {
  const t = useMessages(homeMessages)
  useDocumentTitle(t('pageTitle'))
  const workshops = useWorkshops()
  const fileT = useMessages(workshopFileMessages)
  const [creating, setCreating] = useState(false)
  const [importing, setImporting] = useState(false)

  const createButton = (
    <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
      {t('create')}
    </Button>
  )
  const actions = (
    <Flex wrap gap={8} justify="center">
      <Button icon={<ImportOutlined aria-hidden />} onClick={() => setImporting(true)}>
        {fileT('import.button')}
      </Button>
      {createButton}
    </Flex>
  )

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={16} style={{ marginBottom: 16 }}>
        <div>
          <Typography.Title level={1} style={{ fontSize: 26, margin: 0 }}>
            {t('heading')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('intro')}</Typography.Text>
        </div>
        {workshops.data && workshops.data.length > 0 && actions}
      </Flex>
      {workshops.data === undefined ? (
        <NoDataYet query={workshops} />
      ) : workshops.data.length === 0 ? (
        <EmptyState title={t('empty.title')} text={t('empty.text')} action={actions} />
      ) : (
        <WorkshopTable workshops={workshops.data} />
      )}
      <CreateWorkshopDialog open={creating} onClose={() => setCreating(false)} />
      <ImportWorkshopDialog open={importing} onClose={() => setImporting(false)} />
    </>
  )
}
