import { DownloadOutlined } from '@ant-design/icons'
import { App, Button, Tooltip } from 'antd'
import { useState } from 'react'
import { safeFileName } from '../../../shared/export/safe-file-name'
import type { Workshop } from '../../../shared/workshop/workshop-schema'
import { WORKSHOP_FILE_EXTENSION } from '../../../shared/workshop-file/workshop-file-format'
import { hubApi } from '../api/hub-api'
import { errorSentence } from '../api/hub-error'
import { saveFile } from '../print/export/save-file'
import { useLanguage } from '../i18n/use-language'
import { useMessages } from '../i18n/use-messages'
import { workshopFileMessages } from './workshop-file-messages'

/** The setup page's "export workshop file": the whole workshop as one download named after it. */
export function ExportWorkshopButton({ workshop }: { workshop: Workshop }) {
  const t = useMessages(workshopFileMessages)
  const language = useLanguage()
  const { message } = App.useApp()
  const [running, setRunning] = useState(false)
  // Closed by a click until the pointer leaves: a hint left open would cover the message that says
  // where the file went.
  const [hintOpen, setHintOpen] = useState(false)
  const [hintMuted, setHintMuted] = useState(false)

  const run = async () => {
    setHintOpen(false)
    setHintMuted(true)
    setRunning(true)
    try {
      // The same name the hub gives the download, from the same function.
      const fileName = safeFileName(workshop.title, WORKSHOP_FILE_EXTENSION, 'workshop')
      saveFile(await hubApi.call('exportWorkshopFile', { params: { workshopId: workshop.id } }), fileName)
      void message.success(t('export.done', { fileName }))
    } catch (error) {
      void message.error(errorSentence(error, language))
    } finally {
      setRunning(false)
    }
  }

  return (
    <Tooltip title={t('export.hint')} open={hintOpen && !hintMuted} onOpenChange={setHintOpen}>
      <Button
        icon={<DownloadOutlined aria-hidden />}
        loading={running}
        onClick={() => void run()}
        onMouseLeave={() => setHintMuted(false)}
      >
        {running ? t('export.running') : t('export.button')}
      </Button>
    </Tooltip>
  )
}
