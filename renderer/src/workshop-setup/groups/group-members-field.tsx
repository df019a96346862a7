import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Col, Form, Input, Row, Typography } from 'antd'
import { useTranslation } from 'react-i18next'

/** The officials in the group, each with their post (副县长, 商务局局长 …). */
export function GroupMembersField() {
  const { t } = useTranslation()
  return (
    <Form.List name="members">
      {(fields, { add, remove }) => (
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend style={{ fontSize: 15, marginBottom: 8 }}>{t('groups.fields.members')}</legend>
          {fields.length === 0 ? (
            <Typography.Paragraph type="secondary">{t('groups.form.membersEmpty')}</Typography.Paragraph>
          ) : (
            <Row gutter={8} aria-hidden="true">
              <Col span={10}>
                <Typography.Text type="secondary">{t('groups.fields.memberName')}</Typography.Text>
              </Col>
              <Col span={11}>
                <Typography.Text type="secondary">{t('groups.fields.memberPost')}</Typography.Text>
              </Col>
            </Row>
          )}
          {fields.map((field, index) => (
            <Row key={field.key} gutter={8} align="top">
              <Col span={10}>
                <Form.Item name={[field.name, 'name']} style={{ marginBottom: 12 }}>
                  <Input aria-label={t('groups.form.memberNameN', { n: index + 1 })} maxLength={100} />
                </Form.Item>
              </Col>
              <Col span={11}>
                <Form.Item name={[field.name, 'post']} style={{ marginBottom: 12 }}>
                  <Input aria-label={t('groups.form.memberPostN', { n: index + 1 })} maxLength={200} />
                </Form.Item>
              </Col>
              <Col span={3}>
                <Button
                  icon={<DeleteOutlined aria-hidden />}
                  aria-label={t('groups.form.removeMemberN', { n: index + 1 })}
                  title={t('groups.form.removeMemberN', { n: index + 1 })}
                  onClick={() => remove(field.name)}
                />
              </Col>
            </Row>
          ))}
          <Button
            icon={<PlusOutlined aria-hidden />}
            onClick={() => add({ name: '', post: '' })}
            disabled={fields.length >= 20}
          >
            {t('groups.form.addMember')}
          </Button>
        </fieldset>
      )}
    </Form.List>
  )
}
