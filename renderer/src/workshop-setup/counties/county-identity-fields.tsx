import { Col, Form, Input, Row } from 'antd'
import { useTranslation } from 'react-i18next'

/** Name and location, each in Chinese with an optional English gloss for English plans. */
export function CountyIdentityFields() {
  const { t } = useTranslation()
  const pair = (
    name: 'name' | 'province' | 'prefecture',
    english: 'nameEn' | 'provinceEn' | 'prefectureEn',
  ) => (
    <Row gutter={16}>
      <Col xs={24} sm={12}>
        <Form.Item name={name} label={t(`counties.fields.${name}`)} required={name === 'name'}>
          <Input lang="zh-CN" maxLength={100} autoFocus={name === 'name'} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name={english} label={t(`counties.fields.${english}`)}>
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
