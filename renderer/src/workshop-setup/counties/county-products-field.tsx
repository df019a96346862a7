import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Flex, Form, Input, Typography } from 'antd'
import { useTranslation } from 'react-i18next'

/**
 * The county's signature products (略阳乌鸡, 花椒 …): the things a sales plan is built on. Each has a
 * Chinese name and, for English readers, an English one; every screen shows the reader's.
 */
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
            <Flex key={field.key} gap={8} align="start" wrap>
              <Form.Item name={[field.name, 'name']} style={{ flex: '1 1 160px', marginBottom: 12 }}>
                <Input
                  lang="zh-CN"
                  aria-label={t('counties.form.productN', { n: index + 1 })}
                  placeholder={t('counties.form.productName')}
                  maxLength={100}
                />
              </Form.Item>
              <Form.Item name={[field.name, 'nameEn']} style={{ flex: '1 1 160px', marginBottom: 12 }}>
                <Input
                  lang="en"
                  aria-label={t('counties.form.productEnN', { n: index + 1 })}
                  placeholder={t('counties.form.productNameEn')}
                  maxLength={100}
                />
              </Form.Item>
              <Button
                icon={<DeleteOutlined aria-hidden />}
                aria-label={t('counties.form.removeProductN', { n: index + 1 })}
                title={t('counties.form.removeProductN', { n: index + 1 })}
                onClick={() => remove(field.name)}
              />
            </Flex>
          ))}
          <Button
            icon={<PlusOutlined aria-hidden />}
            onClick={() => add({ name: '', nameEn: '' })}
            disabled={fields.length >= 20}
          >
            {t('counties.form.addProduct')}
          </Button>
        </>
      )}
    </Form.List>
  )
}
