import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Card, Checkbox, Col, Form, Input, Row, Typography } from 'antd'
import { useMessages } from '../../i18n/use-messages'
import { commonMessages } from '../../components/common-messages'
import { countiesMessages } from './counties-messages'

/** Where the figures come from; "verified" is ticked only once someone has checked the source itself. */
export function CountySourcesField() {
  const t = useMessages(countiesMessages)
  const tCommon = useMessages(commonMessages)
  return (
    <Form.List name="sources">
      {(fields, { add, remove }) => (
        <>
          {fields.length === 0 && (
            <Typography.Paragraph type="secondary">{t('form.noSources')}</Typography.Paragraph>
          )}
          {fields.map((field, index) => (
            <Card
              key={field.key}
              size="small"
              style={{ marginBottom: 12 }}
              title={t('form.sourceN', { n: index + 1 })}
              extra={
                <Button
                  size="small"
                  icon={<DeleteOutlined aria-hidden />}
                  onClick={() => remove(field.name)}
                  aria-label={t('form.removeSourceN', { n: index + 1 })}
                >
                  {tCommon('remove')}
                </Button>
              }
            >
              <Row gutter={16}>
                <Col xs={24} sm={12}>
                  <Form.Item name={[field.name, 'title']} label={t('form.sourceTitle')} required>
                    <Input.TextArea lang="zh-CN" autoSize={{ minRows: 1, maxRows: 4 }} maxLength={300} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item name={[field.name, 'titleEn']} label={t('form.sourceTitleEn')}>
                    <Input.TextArea lang="en" autoSize={{ minRows: 1, maxRows: 4 }} maxLength={300} />
                  </Form.Item>
                </Col>
              </Row>
              <Row gutter={16} align="bottom">
                <Col xs={24} sm={16}>
                  <Form.Item name={[field.name, 'url']} label={t('form.sourceUrl')}>
                    <Input type="url" inputMode="url" maxLength={500} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={8}>
                  <Form.Item name={[field.name, 'verified']} valuePropName="checked">
                    <Checkbox>{t('form.sourceVerified')}</Checkbox>
                  </Form.Item>
                </Col>
              </Row>
            </Card>
          ))}
          <Button
            icon={<PlusOutlined aria-hidden />}
            onClick={() => add({ title: '', titleEn: '', url: '', verified: false })}
            disabled={fields.length >= 30}
          >
            {t('form.addSource')}
          </Button>
        </>
      )}
    </Form.List>
  )
}
