import { Radio } from 'antd'
import { LOCALES, type Locale } from '../../../../shared/locale/locale'

/** Each language named in itself, so a person who reads only one finds it. */
const LANGUAGE_NAMES: Record<Locale, string> = { 'zh-CN': '中文', en: 'English' }

interface Props {
  /** The id of the visible label beside the choice. */
  labelledBy: string
  value: Locale
  onChange: (locale: Locale) => void
  disabled?: boolean
}

/** The language a PDF or table is written in, independent of the screen's language. */
export function ExportLanguageChoice({ labelledBy, value, onChange, disabled }: Props) {
  return (
    <Radio.Group
      aria-labelledby={labelledBy}
      value={value}
      disabled={disabled}
      onChange={(event) => onChange(event.target.value as Locale)}
      options={LOCALES.map((locale) => ({ value: locale, label: LANGUAGE_NAMES[locale] }))}
      optionType="button"
    />
  )
}
