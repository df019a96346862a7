import { Modal } from 'antd'
import { RUN_SHORTCUTS } from './run-shortcuts'
import { useMessages } from '../i18n/use-messages'
import { consoleMessages } from './console-messages'

/**
 * The shortcuts, each described in both languages side by side: a facilitator and a co-facilitator
 * rarely share a first language, and the overlay is often shown on the projector.
 */
export function ShortcutHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useMessages(consoleMessages)
  const zh = useMessages(consoleMessages, 'zh-CN')
  const en = useMessages(consoleMessages, 'en')
  return (
    <Modal
      open={open}
      onCancel={onClose}
      onOk={onClose}
      title={<span id="shortcut-help-title">{t('shortcuts.title')}</span>}
      okText={t('shortcuts.close')}
      cancelButtonProps={{ style: { display: 'none' } }}
      width={760}
      aria-labelledby="shortcut-help-title"
    >
      <p>{t('shortcuts.intro')}</p>
      <table className="shortcut-table" data-testid="shortcut-table">
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.key')}</th>
            <th scope="col" lang="zh-CN">
              {t('shortcuts.zh')}
            </th>
            <th scope="col" lang="en">
              {t('shortcuts.en')}
            </th>
          </tr>
        </thead>
        <tbody>
          {RUN_SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.action} data-action={shortcut.action}>
              <td>
                <kbd>{shortcut.label}</kbd>
              </td>
              <td lang="zh-CN">{zh(`shortcuts.actions.${shortcut.action}`)}</td>
              <td lang="en">{en(`shortcuts.actions.${shortcut.action}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  )
}
