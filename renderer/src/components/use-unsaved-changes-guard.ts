import { App } from 'antd'
import { useEffect, useRef } from 'react'
import { useBlocker } from 'react-router'
import { useMessages } from '../i18n/use-messages'
import { commonMessages } from './common-messages'

/**
 * Asks before leaving a screen with unsaved edits: for moves inside the app (another tab, the home
 * screen) with a dialog, and for reloads or closing the window with the browser's own prompt.
 */
export function useUnsavedChangesGuard(dirty: boolean): void {
  const t = useMessages(commonMessages)
  const { modal } = App.useApp()
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  )
  // The blocker object changes on every render; the dialog must act on the current one.
  const latestBlocker = useRef(blocker)
  latestBlocker.current = blocker

  // One dialog per blocked navigation: keyed on the state, not on the blocker object.
  useEffect(() => {
    if (blocker.state !== 'blocked') return
    const dialog = modal.confirm({
      title: t('leave.title'),
      content: t('leave.content'),
      okText: t('leave.ok'),
      okButtonProps: { danger: true },
      cancelText: t('leave.cancel'),
      autoFocusButton: 'cancel',
      onOk: () => latestBlocker.current.proceed?.(),
      onCancel: () => latestBlocker.current.reset?.(),
    })
    return () => dialog.destroy()
  }, [blocker.state, modal, t])

  useEffect(() => {
    if (!dirty) return
    const warn = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [dirty])
}
