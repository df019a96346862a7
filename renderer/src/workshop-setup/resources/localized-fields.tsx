import { Col, Form, Input, Row } from 'antd'
import type { ReactNode } from 'react'
import { LOCALES } from '../../../../shared/locale/locale'
import { useMessages } from '../../i18n/use-messages'
import { resourcesMessages } from './resources-messages'

interface LocalizedFieldsProps {
  name: 'title' | 'provider' | 'description'
  maxLength: number
  multiline?: boolean
  extra?: ReactNode
}

/** One text of a resource in Chinese and in English, side by side (stacked on a phone). */
export function LocalizedFields({ name, maxLength, multiline = false, extra }: LocalizedFieldsProps) {
  const t = useMessages(resourcesMessages)
  return (
    <Row gutter={16}>
      {LOCALES.map((locale, index) => (
        <Col key={locale} xs={24} sm={12}>
          <Form.Item
            name={[name, locale]}
            label={t(`fields.${name}.${locale}`)}
            extra={index === 0 ? extra : undefined}
          >
            {multiline ? (
              <Input.TextArea lang={locale} maxLength={maxLength} autoSize={{ minRows: 3, maxRows: 8 }} />
            ) : (
              <Input lang={locale} maxLength={maxLength} />
            )}
          </Form.Item>
        </Col>
      ))}
    </Row>
  )
}
