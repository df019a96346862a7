import { Typography } from 'antd'
import { LOCALES, textIn, type Locale, type Localized } from '../../../../shared/locale/locale'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../i18n/use-language'

/** The locale a localized text is shown in: the UI language when it is filled in, else the other. */
export function shownLocale(value: Localized, language: Locale): Locale {
  if (value[language].trim() !== '') return language
  return LOCALES.find((locale) => value[locale].trim() !== '') ?? language
}

/** A resource's title in the UI language, the other language's title below it or a note that it is missing. */
export function ResourceTitle({ title }: { title: Localized }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const primary = shownLocale(title, language)
  const secondary = LOCALES.find((locale) => locale !== primary) ?? primary
  return (
    <>
      <Typography.Text strong lang={primary}>
        {textIn(title, primary)}
      </Typography.Text>
      <br />
      {title[secondary].trim() !== '' ? (
        <Typography.Text type="secondary" lang={secondary}>
          {title[secondary]}
        </Typography.Text>
      ) : (
        <Typography.Text type="secondary" italic>
          {t(`resources.missingTitle.${secondary}`)}
        </Typography.Text>
      )}
    </>
  )
}
