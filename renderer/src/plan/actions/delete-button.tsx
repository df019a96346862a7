import { DeleteOutlined } from '@ant-design/icons'
import { Button, Popconfirm } from 'antd'
import { useTranslation } from 'react-i18next'

interface DeleteButtonProps {
  label: string
  confirm: string
  editable: boolean
  onConfirm: () => void
}

/** Delete behind a confirmation: what is deleted is deleted for the whole group. */
export function DeleteButton({ label, confirm, editable, onConfirm }: DeleteButtonProps) {
  const { t } = useTranslation()
  return (
    <Popconfirm
      title={confirm}
      okText={t('plan.actions.deleteOk')}
      cancelText={t('plan.actions.deleteCancel')}
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
