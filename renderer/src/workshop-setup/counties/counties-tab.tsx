import { PlusOutlined } from '@ant-design/icons'
import { App, Button, Flex } from 'antd'
import { useState } from 'react'
import type { County } from '../../../../shared/county/county-schema'
import { EmptyState } from '../../components/empty-state'
import { NoDataYet } from '../../components/no-data-yet'
import { useLanguage } from '../../i18n/use-language'
import { useSetupContext } from '../setup-context'
import { bilingual } from './county-name'
import { CountyFormDrawer } from './county-form-drawer'
import { CountyTable } from './county-table'
import { useCounties, useDeleteCounty } from './use-counties'
import { useMessages } from '../../i18n/use-messages'
import { commonMessages } from '../../components/common-messages'
import { countiesMessages } from './counties-messages'

/** The counties taking part and their key figures. */
export function CountiesTab() {
  const t = useMessages(countiesMessages)
  const tCommon = useMessages(commonMessages)
  const { modal, message } = App.useApp()
  const language = useLanguage()
  const { workshop } = useSetupContext()
  const counties = useCounties(workshop.id)
  const remove = useDeleteCounty(workshop.id)
  const [editing, setEditing] = useState<County | 'new' | null>(null)

  const confirmDelete = (county: County) => {
    const name = bilingual(county.name, county.nameEn, language).primary
    modal.confirm({
      title: t('delete.title', { name }),
      content: t('delete.content'),
      okText: t('delete.ok'),
      okButtonProps: { danger: true },
      cancelText: tCommon('cancel'),
      autoFocusButton: 'cancel',
      onOk: () => remove.mutate(county, { onSuccess: () => void message.success(t('deleted', { name })) }),
    })
  }

  const addButton = (
    <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
      {t('add')}
    </Button>
  )

  let content
  if (counties.data === undefined) content = <NoDataYet query={counties} />
  else if (counties.data.length === 0)
    content = <EmptyState title={t('empty.title')} text={t('empty.text')} action={addButton} />
  else
    content = (
      <>
        <Flex justify="end" style={{ marginBottom: 12 }}>
          {addButton}
        </Flex>
        <CountyTable counties={counties.data} onEdit={setEditing} onDelete={confirmDelete} />
      </>
    )

  return (
    <>
      {content}
      <CountyFormDrawer workshopId={workshop.id} editing={editing} onClose={() => setEditing(null)} />
    </>
  )
}
