import { Modal } from 'antd'
import { useTranslation } from 'react-i18next'
import { i18next } from '../i18n/i18n'
import { RUN_SHORTCUTS } from './run-shortcuts'

/**
 * The shortcuts, each described in both languages side by side: a facilitator and a co-facilitator
 * rarely share a first language, and the overlay is often shown on the projector.
 */
export function ShortcutHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const zh = i18next.getFixedT('zh-CN')
  const en = i18next.getFixedT('en')
  return (
    <Modal
      open={open}
      onCancel={onClose}
      onOk={onClose}
      title={<span id="shortcut-help-title">{t('console.shortcuts.title')}</span>}
      okText={t('console.shortcuts.close')}
      cancelButtonProps={{ style: { display: 'none' } }}
      width={760}
      aria-labelledby="shortcut-help-title"
    >
      <p>{t('console.shortcuts.intro')}</p>
      <table className="shortcut-table" data-testid="shortcut-table">
        <thead>
          <tr>
            <th scope="col">{t('console.shortcuts.key')}</th>
            <th scope="col" lang="zh-CN">
              {t('console.shortcuts.zh')}
            </th>
            <th scope="col" lang="en">
              {t('console.shortcuts.en')}
            </th>
          </tr>
        </thead>
        <tbody>
          {RUN_SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.action} data-action={shortcut.action}>
              <td>
                <kbd>{shortcut.label}</kbd>
              </td>
              <td lang="zh-CN">{zh(`console.shortcuts.actions.${shortcut.action}`)}</td>
              <td lang="en">{en(`console.shortcuts.actions.${shortcut.action}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  )
}
