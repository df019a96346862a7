import { InboxOutlined } from '@ant-design/icons'
import { useQueryClient } from '@tanstack/react-query'
import { Alert, App, Button, Flex, Modal, Progress, Typography, Upload } from 'antd'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import {
  WORKSHOP_FILE_EXTENSION,
  WORKSHOP_FILE_LIMITS,
} from '../../../shared/workshop-file/workshop-file-format'
import { formatMessage } from '../../../shared/validation/messages'
import { hubUpload } from '../api/hub-file-transfer'
import { errorSentence, HubError } from '../api/hub-error'
import { queryKeys } from '../api/query-keys'
import { useLanguage } from '../i18n/use-language'
import { useMessages } from '../i18n/use-messages'
import { workshopFileMessages } from './workshop-file-messages'

type ImportState =
  | { step: 'choose' }
  | { step: 'running'; file: File; sent: number }
  | { step: 'failed'; file: File; error: unknown }

/**
 * "Import workshop": a file picker and drop zone, the upload's progress, then the new workshop's setup.
 * What is wrong with a file is the hub's sentence; a workshop that is already here is offered as a copy.
 */
export function ImportWorkshopDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useMessages(workshopFileMessages)
  const language = useLanguage()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [state, setState] = useState<ImportState>({ step: 'choose' })

  const close = () => {
    if (state.step === 'running') return
    setState({ step: 'choose' })
    onClose()
  }

  const run = async (file: File, asCopy: boolean) => {
    // The hub checks the size too; saying it here spares sending 64 MB for nothing.
    if (file.size > WORKSHOP_FILE_LIMITS.fileBytes) {
      const sentence = formatMessage('workshopFile.tooLarge', language)
      setState({ step: 'failed', file, error: new HubError(413, 'workshopFile.tooLarge', sentence) })
      return
    }
    setState({ step: 'running', file, sent: 0 })
    try {
      const outcome = await hubUpload(
        'importWorkshopFile',
        { query: asCopy ? { copy: '1' } : {} },
        file,
        (sent) => setState({ step: 'running', file, sent }),
      )
      await queryClient.invalidateQueries({ queryKey: queryKeys.workshops })
      void message.success(
        t(outcome.copy ? 'import.doneCopy' : 'import.done', { title: outcome.workshop.title }),
      )
      setState({ step: 'choose' })
      onClose()
      void navigate(`/workshops/${encodeURIComponent(outcome.workshop.id)}`)
    } catch (error) {
      setState({ step: 'failed', file, error })
    }
  }

  const alreadyThere =
    state.step === 'failed' &&
    state.error instanceof HubError &&
    state.error.key === 'workshopFile.alreadyThere'

  return (
    <Modal
      open={open}
      title={t('import.title')}
      onCancel={close}
      closable={state.step !== 'running'}
      maskClosable={false}
      footer={
        <Button onClick={close} disabled={state.step === 'running'}>
          {t('import.close')}
        </Button>
      }
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('import.intro')}</Typography.Paragraph>
      {state.step === 'running' ? (
        <div role="status" aria-live="polite">
          <Typography.Paragraph>
            {t(state.sent < 1 ? 'import.sending' : 'import.checking', { fileName: state.file.name })}
          </Typography.Paragraph>
          <Progress percent={Math.round(state.sent * 100)} status="active" showInfo={state.sent < 1} />
        </div>
      ) : (
        <Flex vertical gap={12}>
          {state.step === 'failed' && (
            <Alert
              type={alreadyThere ? 'warning' : 'error'}
              showIcon
              message={errorSentence(state.error, language)}
              description={
                // Under the sentence rather than beside it: on a phone a side button squeezes the text.
                alreadyThere ? (
                  <Button type="primary" style={{ marginTop: 8 }} onClick={() => void run(state.file, true)}>
                    {t('import.asCopy')}
                  </Button>
                ) : undefined
              }
            />
          )}
          <Upload.Dragger
            accept={`.${WORKSHOP_FILE_EXTENSION}`}
            multiple={false}
            showUploadList={false}
            beforeUpload={(file) => {
              void run(file, false)
              // Sent by run() itself, with progress and the hub's answer in words.
              return false
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined aria-hidden />
            </p>
            <p className="ant-upload-text">
              {state.step === 'failed' ? t('import.chooseOther') : t('import.drop')}
            </p>
            <p className="ant-upload-hint">{t('import.dropHint')}</p>
          </Upload.Dragger>
        </Flex>
      )}
    </Modal>
  )
}
