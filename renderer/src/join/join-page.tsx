import { Alert, Button, Form, Input, Typography } from 'antd'
import { useState } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { joinRequestSchema } from '../../../shared/join/join-schema'
import { errorSentence } from '../api/hub-error'
import { useDocumentTitle } from '../app/use-document-title'
import { useSchemaForm } from '../forms/use-schema-form'
import { useLanguage } from '../i18n/use-language'
import { planPath } from '../plan/plan-path'
import { bilingual } from '../workshop-setup/counties/county-name'
import { codeFromHash, formatTypedCode } from './join-code-input'
import { lastDisplayName, lastJoinCode, readStoredJoin, storeJoin } from './stored-join'
import { useJoin, useJoinValidity } from './use-join'
import './join.css'
import { useMessages } from '../i18n/use-messages'
import { joinMessages } from './join-messages'

interface JoinFormValues {
  code: string
  displayName: string
}

/**
 * `/join` and `/join#ABC234` (the QR code's link): a group device enters the join code and a name,
 * and lands in its county's plan. Built for a phone held in one hand.
 */
export function JoinPage() {
  const t = useMessages(joinMessages)
  const language = useLanguage()
  const navigate = useNavigate()
  const { hash } = useLocation()
  useDocumentTitle(t('pageTitle'))

  const [stored] = useState(readStoredJoin)
  const validity = useJoinValidity(stored)
  const [linkCode] = useState(() => codeFromHash(hash))
  // A link's code wins; otherwise the one this device joined with last time (the facilitator may have
  // closed the LAN in between: codes stay the same).
  const [lastCode] = useState(() => (linkCode ? '' : formatTypedCode(lastJoinCode())))
  const initialCode = linkCode || lastCode
  const [form] = Form.useForm<JoinFormValues>()
  const schemaForm = useSchemaForm(form, joinRequestSchema)
  const join = useJoin()
  const [failure, setFailure] = useState<unknown>(null)

  const submit = () => {
    const request = schemaForm.check()
    if (!request) return
    setFailure(null)
    join.mutate(request, {
      onSuccess: (joined) => {
        storeJoin(joined, request.code)
        void navigate(planPath(joined))
      },
      onError: (error) => {
        // Unknown or malformed codes belong under the code; "closed", "too many tries", "unreachable" above it.
        if (!schemaForm.showHubError(error)) setFailure(error)
      },
    })
  }

  const county = stored ? bilingual(stored.countyName, stored.countyNameEn, language).primary : ''
  return (
    <div className="join-page">
      <Typography.Title level={1} className="join-title">
        {t('heading')}
      </Typography.Title>

      {stored && validity !== 'ended' && (
        <div className="join-card join-card-small">
          <Typography.Title level={2} style={{ fontSize: 18, marginTop: 0 }}>
            {t('already.title', { county })}
          </Typography.Title>
          <Typography.Paragraph>{t('already.text', { name: stored.displayName })}</Typography.Paragraph>
          <Button type="primary" size="large" block onClick={() => void navigate(planPath(stored))}>
            {t('already.continue')}
          </Button>
        </div>
      )}
      {stored && validity === 'ended' && (
        <Alert type="warning" showIcon title={t('already.ended')} className="join-notice" />
      )}

      <div className="join-card">
        {stored && validity !== 'ended' && (
          <Typography.Title level={2} style={{ fontSize: 18, marginTop: 0 }}>
            {t('already.anew')}
          </Typography.Title>
        )}
        <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
        {failure !== null && (
          <Alert
            type="error"
            showIcon
            role="alert"
            style={{ marginBottom: 16 }}
            title={errorSentence(failure, language)}
          />
        )}
        <Form<JoinFormValues>
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={{ code: initialCode, displayName: lastDisplayName() }}
          onValuesChange={schemaForm.onValuesChange}
          onFinish={submit}
        >
          <Form.Item
            name="code"
            label={t('code')}
            extra={linkCode ? t('codeFromLink') : lastCode ? t('codeFromLastTime') : t('codeHelp')}
            normalize={(value: string) => formatTypedCode(value ?? '')}
          >
            <Input
              size="large"
              className="join-code-input"
              autoComplete="off"
              autoCapitalize="characters"
              autoCorrect="off"
              spellCheck={false}
              maxLength={7}
              autoFocus={!initialCode}
            />
          </Form.Item>
          <Form.Item name="displayName" label={t('displayName')} extra={t('displayNameHelp')}>
            <Input size="large" maxLength={40} autoComplete="name" autoFocus={Boolean(initialCode)} />
          </Form.Item>
          {/* Not antd's `loading`: on a block button its spinner never finishes leaving, and the button's
              accessible name stays "loading 加入" after the answer came. */}
          <Button
            type="primary"
            htmlType="submit"
            size="large"
            block
            disabled={join.isPending}
            aria-busy={join.isPending}
          >
            {t('submit')}
          </Button>
        </Form>
      </div>
    </div>
  )
}
