import { DeleteOutlined } from '@ant-design/icons'
import { Button, Popconfirm } from 'antd'
import { useMessages } from '../../i18n/use-messages'
import { actionPlanUiMessages } from './action-plan-ui-messages'

interface DeleteButtonProps {
  label: string
  confirm: string
  editable: boolean
  onConfirm: () => void
}

/** Delete behind a confirmation: what is deleted is deleted for the whole group. */
export function DeleteButton({ label, confirm, editable, onConfirm }: DeleteButtonProps) {
  const t = useMessages(actionPlanUiMessages)
  return (
    <Popconfirm
      title={confirm}
      okText={t('deleteOk')}
      cancelText={t('deleteCancel')}
      okButtonProps={{ danger: true }}
      onConfirm={onConfirm}
      disabled={!editable}
    >
      <Button
        type="text"
        danger
        icon={<DeleteOutlined aria-hidden />}
        aria-label={label}
        disabled={!editable}
      />
    </Popconfirm>
  )
}
