import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Flex, Form, Input, Typography } from 'antd'
import { useMessages } from '../../i18n/use-messages'
import { countiesMessages } from './counties-messages'

/** A product's two names: the Chinese one, then the English one for English readers. */
const NAMES = [
  {
    key: 'name',
    lang: 'zh-CN',
    label: 'form.productN',
    placeholder: 'form.productName',
  },
  {
    key: 'nameEn',
    lang: 'en',
    label: 'form.productEnN',
    placeholder: 'form.productNameEn',
  },
] as const

/**
 * The county's signature products (略阳乌鸡, 花椒 …): the things a sales plan is built on. Each has a
 * Chinese name and, for English readers, an English one; every screen shows the reader's.
 */
export function CountyProductsField() {
  const t = useMessages(countiesMessages)
  return (
    <Form.List name="signatureProducts">
      {(fields, { add, remove }) => (
        <>
          {fields.length === 0 && (
            <Typography.Paragraph type="secondary">{t('form.noProducts')}</Typography.Paragraph>
          )}
          {fields.map((field, index) => (
            <Flex key={field.key} gap={8} align="start" wrap>
              {NAMES.map(({ key, lang, label, placeholder }) => (
                <Form.Item key={key} name={[field.name, key]} style={{ flex: '1 1 120px', marginBottom: 12 }}>
                  <Input
                    lang={lang}
                    aria-label={t(label, { n: index + 1 })}
                    placeholder={t(placeholder)}
                    maxLength={100}
                  />
                </Form.Item>
              ))}
              <Button
                icon={<DeleteOutlined aria-hidden />}
                aria-label={t('form.removeProductN', { n: index + 1 })}
                title={t('form.removeProductN', { n: index + 1 })}
                onClick={() => remove(field.name)}
              />
            </Flex>
          ))}
          <Button
            icon={<PlusOutlined aria-hidden />}
            onClick={() => add({ name: '', nameEn: '' })}
            disabled={fields.length >= 20}
          >
            {t('form.addProduct')}
          </Button>
        </>
      )}
    </Form.List>
  )
}
