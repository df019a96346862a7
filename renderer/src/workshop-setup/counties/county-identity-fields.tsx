import { Col, Form, Input, Row } from 'antd'
import { useMessages } from '../../i18n/use-messages'
import { countiesMessages } from './counties-messages'

/** Name and location, each in Chinese with an optional English gloss for English plans. */
export function CountyIdentityFields() {
  const t = useMessages(countiesMessages)
  const pair = (
    name: 'name' | 'province' | 'prefecture',
    english: 'nameEn' | 'provinceEn' | 'prefectureEn',
  ) => (
    <Row gutter={16}>
      <Col xs={24} sm={12}>
        <Form.Item name={name} label={t(`fields.${name}`)} required={name === 'name'}>
          <Input lang="zh-CN" maxLength={100} autoFocus={name === 'name'} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name={english} label={t(`fields.${english}`)}>
          <Input lang="en" maxLength={100} />
        </Form.Item>
      </Col>
    </Row>
  )
  return (
    <>
      {pair('name', 'nameEn')}
      {pair('province', 'provinceEn')}
      {pair('prefecture', 'prefectureEn')}
    </>
  )
}
