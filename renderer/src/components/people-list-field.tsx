import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Col, Form, Input, Row } from 'antd'
import type { ReactNode } from 'react'

/** The widths of a person's name and post, for a header row above the list to line up with. */
export const PERSON_COLUMNS = { name: '2 1 0', post: '3 1 0' } as const

interface PeopleListFieldProps {
  /** The form list holding { name, post } items. */
  name: string
  max: number
  /** Accessible names of the n-th row's boxes and button, and the add button's text. */
  labels: {
    name: (n: number) => string
    post: (n: number) => string
    remove: (n: number) => string
    add: string
  }
  placeholders?: { name: string; post: string }
  /** Shown above the rows when there are some (column headings), and instead of them when there are none. */
  header?: ReactNode
  empty: ReactNode
}

/** People by name and post (副县长, 商务局局长 …), added and removed in a form: a group's members, a plan's participants. */
export function PeopleListField({ name, max, labels, placeholders, header, empty }: PeopleListFieldProps) {
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <>
          {fields.length === 0 ? empty : header}
          {fields.map((field, index) => (
            <Row key={field.key} gutter={8} align="top" wrap={false}>
              <Col flex={PERSON_COLUMNS.name}>
                <Form.Item name={[field.name, 'name']} style={{ marginBottom: 12 }}>
                  <Input
                    aria-label={labels.name(index + 1)}
                    placeholder={placeholders?.name}
                    maxLength={100}
                  />
                </Form.Item>
              </Col>
              <Col flex={PERSON_COLUMNS.post}>
                <Form.Item name={[field.name, 'post']} style={{ marginBottom: 12 }}>
                  <Input
                    aria-label={labels.post(index + 1)}
                    placeholder={placeholders?.post}
                    maxLength={200}
                  />
                </Form.Item>
              </Col>
              <Col flex="none">
                <Button
                  icon={<DeleteOutlined aria-hidden />}
                  aria-label={labels.remove(index + 1)}
                  title={labels.remove(index + 1)}
                  onClick={() => remove(field.name)}
                />
              </Col>
            </Row>
          ))}
          <Button
            icon={<PlusOutlined aria-hidden />}
            onClick={() => add({ name: '', post: '' })}
            disabled={fields.length >= max}
          >
            {labels.add}
          </Button>
        </>
      )}
    </Form.List>
  )
}
