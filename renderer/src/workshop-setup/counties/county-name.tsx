import { Typography } from 'antd'
import type { Locale } from '../../../../shared/locale/locale'
import { useLanguage } from '../../i18n/use-language'

/** A Chinese name and its English gloss, the current language's first (when it is given). */
export function bilingual(
  chinese: string,
  english: string,
  language: Locale,
): { primary: string; secondary: string } {
  if (language === 'en' && english) return { primary: english, secondary: chinese }
  return { primary: chinese, secondary: english }
}

export function BilingualName({ chinese, english }: { chinese: string; english: string }) {
  const language = useLanguage()
  const { primary, secondary } = bilingual(chinese, english, language)
  return (
    <span>
      <span lang={primary === chinese ? 'zh-CN' : 'en'}>{primary}</span>
      {secondary && (
        <>
          <br />
          <Typography.Text type="secondary" lang={secondary === chinese ? 'zh-CN' : 'en'}>
            {secondary}
          </Typography.Text>
        </>
      )}
    </span>
  )
}
