import { Radio } from 'antd'
import { isLocale, type Locale } from '../../../shared/locale/locale'
import { switchLanguage } from '../i18n/language'
import { useLanguage } from '../i18n/use-language'
import { useMessages } from '../i18n/use-messages'
import { appMessages } from './app-messages'

/** Each language is named in itself, so anyone can find their own whatever the UI shows now. */
const OPTIONS: { value: Locale; label: string; lang: string }[] = [
  { value: 'zh-CN', label: '中文', lang: 'zh-CN' },
  { value: 'en', label: 'English', lang: 'en' },
]

export function LanguageSwitch() {
  const t = useMessages(appMessages)
  const language = useLanguage()
  return (
    <Radio.Group
      aria-label={t('language')}
      optionType="button"
      buttonStyle="solid"
      size="small"
      value={language}
      onChange={(event) => {
        const value: unknown = event.target.value
        if (isLocale(value)) void switchLanguage(value)
      }}
      options={OPTIONS.map((option) => ({
        value: option.value,
        label: <span lang={option.lang}>{option.label}</span>,
      }))}
    />
  )
}
