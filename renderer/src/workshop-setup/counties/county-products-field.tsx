import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Flex, Form, Input, Typography } from 'antd'
import { useTranslation } from 'react-i18next'

/** The county's signature products (略阳乌鸡, 花椒 …): the things a sales plan is built on. */
export function CountyProductsField() {
  const { t } = useTranslation()
  return (
    <Form.List name="signatureProducts">
      {(fields, { add, remove }) => (
        <>
          {fields.length === 0 && (
            <Typography.Paragraph type="secondary">{t('counties.form.noProducts')}</Typography.Paragraph>
          )}
          {fields.map((field, index) => (
            <Flex key={field.key} gap={8} align="start">
              <Form.Item name={field.name} style={{ flex: 1, marginBottom: 12 }}>
                <Input aria-label={t('counties.form.productN', { n: index + 1 })} maxLength={100} />
              </Form.Item>
              <Button
                icon={<DeleteOutlined aria-hidden />}
                aria-label={t('counties.form.removeProductN', { n: index + 1 })}
                title={t('counties.form.removeProductN', { n: index + 1 })}
                onClick={() => remove(field.name)}
              />
            </Flex>
          ))}
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => add('')} disabled={fields.length >= 20}>
            {t('counties.form.addProduct')}
          </Button>
        </>
      )}
    </Form.List>
  )
}
