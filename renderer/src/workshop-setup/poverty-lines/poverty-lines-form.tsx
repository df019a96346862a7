import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Alert, App, Button, Checkbox, Flex, Form, InputNumber, Table, Typography } from 'antd'
import { useState } from 'react'
import {
  povertyLineTableSchema,
  type PovertyLineTable,
} from '../../../../shared/poverty-line/poverty-line-schema'
import { EmptyState } from '../../components/empty-state'
import { useUnsavedChangesGuard } from '../../components/use-unsaved-changes-guard'
import { useSchemaForm } from '../../forms/use-schema-form'
import { PairedTextCells } from './paired-text-cells'
import { useSavePovertyLines } from './use-poverty-lines'
import { useMessages } from '../../i18n/use-messages'
import { commonMessages } from '../../components/common-messages'
import { povertyLinesMessages } from './poverty-lines-messages'

interface Row {
  key: number
  name: number
}

const NEW_ROW = {
  year: undefined,
  yuanPerPersonYear: undefined,
  basis: '',
  basisEn: '',
  source: '',
  sourceEn: '',
  verified: false,
}

/** The poverty-line table as an editable grid; rows are checked with the shared schema before saving. */
export function PovertyLinesForm({ workshopId, table }: { workshopId: string; table: PovertyLineTable }) {
  const t = useMessages(povertyLinesMessages)
  const tCommon = useMessages(commonMessages)
  const { message } = App.useApp()
  const [form] = Form.useForm<{ rows: PovertyLineTable }>()
  const schemaForm = useSchemaForm(form, povertyLineTableSchema, {
    prefix: ['rows'],
    toInput: (values) => values.rows ?? [],
  })
  const save = useSavePovertyLines(workshopId)
  const [dirty, setDirty] = useState(false)
  useUnsavedChangesGuard(dirty)

  const submit = () => {
    const rows = schemaForm.check()
    if (!rows) return
    save.mutate(rows, {
      onSuccess: (saved) => {
        form.setFieldsValue({ rows: saved })
        setDirty(false)
        void message.success(t('saved'))
      },
      onError: (error) => schemaForm.showHubError(error),
    })
  }

  const cellLabel = (index: number, column: string) => `${t('rowN', { n: index + 1 })} · ${column}`
  const cell = { style: { marginBottom: 0 } }

  return (
    <Form
      name="poverty-lines"
      form={form}
      initialValues={{ rows: table }}
      onValuesChange={() => {
        setDirty(true)
        schemaForm.onValuesChange()
      }}
      onFinish={submit}
    >
      <Typography.Paragraph type="secondary" style={{ maxWidth: 900 }}>
        {t('intro')}
      </Typography.Paragraph>
      {schemaForm.hasErrors && (
        <Alert type="error" showIcon role="alert" title={tCommon('fixErrors')} style={{ marginBottom: 12 }} />
      )}
      <Form.List name="rows">
        {(fields, { add, remove }) => (
          <>
            {fields.length === 0 ? (
              <EmptyState
                title={t('empty.title')}
                text={t('empty.text')}
                action={
                  <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => add(NEW_ROW)}>
                    {t('addRow')}
                  </Button>
                }
              />
            ) : (
              <Table<Row>
                dataSource={fields.map((field) => ({ key: field.key, name: field.name }))}
                pagination={false}
                size="middle"
                scroll={{ x: 1000 }}
                columns={[
                  {
                    key: 'year',
                    title: t('columns.year'),
                    width: 120,
                    render: (_, row, index) => (
                      <Form.Item name={[row.name, 'year']} {...cell}>
                        <InputNumber
                          aria-label={cellLabel(index, t('columns.year'))}
                          style={{ width: '100%' }}
                        />
                      </Form.Item>
                    ),
                  },
                  {
                    key: 'value',
                    title: t('columns.value'),
                    width: 170,
                    render: (_, row, index) => (
                      <Form.Item name={[row.name, 'yuanPerPersonYear']} {...cell}>
                        <InputNumber
                          aria-label={cellLabel(index, t('columns.value'))}
                          style={{ width: '100%' }}
                        />
                      </Form.Item>
                    ),
                  },
                  {
                    key: 'basis',
                    title: t('columns.basis'),
                    width: 240,
                    render: (_, row, index) => (
                      <PairedTextCells
                        row={row.name}
                        fields={['basis', 'basisEn']}
                        label={cellLabel(index, t('columns.basis'))}
                        maxLength={200}
                      />
                    ),
                  },
                  {
                    key: 'source',
                    title: t('columns.source'),
                    render: (_, row, index) => (
                      <PairedTextCells
                        row={row.name}
                        fields={['source', 'sourceEn']}
                        label={cellLabel(index, t('columns.source'))}
                        maxLength={500}
                      />
                    ),
                  },
                  {
                    key: 'verified',
                    title: t('columns.verified'),
                    width: 90,
                    align: 'center',
                    render: (_, row, index) => (
                      <Form.Item name={[row.name, 'verified']} valuePropName="checked" {...cell}>
                        <Checkbox aria-label={cellLabel(index, t('columns.verified'))} />
                      </Form.Item>
                    ),
                  },
                  {
                    key: 'actions',
                    title: tCommon('actions'),
                    width: 90,
                    render: (_, row, index) => (
                      <Button
                        danger
                        icon={<DeleteOutlined aria-hidden />}
                        aria-label={t('removeRowN', { n: index + 1 })}
                        title={t('removeRowN', { n: index + 1 })}
                        onClick={() => {
                          remove(row.name)
                          setDirty(true)
                        }}
                      />
                    ),
                  },
                ]}
              />
            )}
            <Flex gap={8} align="center" wrap style={{ marginTop: 12 }}>
              {fields.length > 0 && (
                <Button
                  icon={<PlusOutlined aria-hidden />}
                  onClick={() => {
                    add(NEW_ROW)
                    setDirty(true)
                  }}
                >
                  {t('addRow')}
                </Button>
              )}
              <Button type="primary" htmlType="submit" loading={save.isPending} disabled={!dirty}>
                {t('save')}
              </Button>
              {dirty && (
                <Button
                  onClick={() => {
                    form.resetFields()
                    schemaForm.reset()
                    setDirty(false)
                  }}
                >
                  {tCommon('discard')}
                </Button>
              )}
              {dirty && <Typography.Text strong>{tCommon('unsaved')}</Typography.Text>}
            </Flex>
          </>
        )}
      </Form.List>
    </Form>
  )
}
