import { Typography } from 'antd'
import { LOCALES, textIn, type Locale, type Localized } from '../../../../shared/locale/locale'
import { useLanguage } from '../../i18n/use-language'
import { useMessages } from '../../i18n/use-messages'
import { resourcesMessages } from './resources-messages'

/** The locale a localized text is shown in: the UI language when it is filled in, else the other. */
export function shownLocale(value: Localized, language: Locale): Locale {
  if (value[language].trim() !== '') return language
  return LOCALES.find((locale) => value[locale].trim() !== '') ?? language
}

/** A resource's title in the UI language, the other language's title below it or a note that it is missing. */
export function ResourceTitle({ title }: { title: Localized }) {
  const t = useMessages(resourcesMessages)
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
          {t(`missingTitle.${secondary}`)}
        </Typography.Text>
      )}
    </>
  )
}
