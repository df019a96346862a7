import { QueryClientProvider } from '@tanstack/react-query'
import { App as AntApp, ConfigProvider } from 'antd'
import enUS from 'antd/locale/en_US'
import zhCN from 'antd/locale/zh_CN'
import { useMemo, useState } from 'react'
import { RouterProvider } from 'react-router'
import { createQueryClient } from '../api/query-client'
import { useLanguage } from '../i18n/use-language'
import { useReducedMotion } from './use-reduced-motion'
import { appTheme } from './app-theme'
import { router } from './router'

/** Providers around every screen: data cache, antd in the current language, toasts and dialogs. */
export function App() {
  const [queryClient] = useState(createQueryClient)
  const language = useLanguage()
  const reducedMotion = useReducedMotion()
  // antd's zoom and slide animations are switched off for people who ask their system for less motion.
  const theme = useMemo(
    () => ({ ...appTheme, token: { ...appTheme.token, motion: !reducedMotion } }),
    [reducedMotion],
  )
  return (
    <QueryClientProvider client={queryClient}>
      {/* No space inserted into two-character Chinese buttons (保 存): screen readers would read it as two words. */}
      <ConfigProvider
        locale={language === 'zh-CN' ? zhCN : enUS}
        theme={theme}
        button={{ autoInsertSpace: false }}
      >
        <AntApp>
          <RouterProvider router={router} />
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  )
}
