import { App, Button, Card, Flex, Radio, Tag, Typography } from 'antd'
import { useState } from 'react'
import type { LanInterface, LanStatus } from '../../../../shared/join/join-schema'
import { RoomDisconnectedNotice } from './room-disconnected-notice'
import { useLanSwitch } from './use-join-setup'
import { useMessages } from '../../i18n/use-messages'
import { commonMessages } from '../../components/common-messages'
import { joinTabMessages } from './join-tab-messages'

const LOOPBACK = '127.0.0.1'

/**
 * The switch that lets group devices in: until it is opened the hub answers this computer only. LAN
 * addresses are listed first; loopback is there for trying the join flow on this computer alone.
 */
export function LanPanel({ workshopId, status }: { workshopId: string; status: LanStatus }) {
  const t = useMessages(joinTabMessages)
  const tCommon = useMessages(commonMessages)
  const { modal, message } = App.useApp()
  const { open, close } = useLanSwitch(workshopId)
  const interfaces = [...status.interfaces].sort(
    (a, b) => Number(a.address === LOOPBACK) - Number(b.address === LOOPBACK),
  )
  // After a restart that lost the network, offer the address the room was on as soon as it is back.
  const lostAvailable = interfaces.some((option) => option.address === status.lostAddress)
  const [chosen, setChosen] = useState<string | undefined>(
    lostAvailable ? (status.lostAddress ?? undefined) : interfaces[0]?.address,
  )
  const label = (option: LanInterface) =>
    option.address === LOOPBACK
      ? `${t('lan.loopback')} · ${option.address}`
      : `${option.name} · ${option.address}`

  const openOn = (address: string) =>
    open.mutate(address, { onSuccess: () => void message.success(t('lan.opened')) })

  const confirmClose = () => {
    modal.confirm({
      title: t('lan.confirmClose.title'),
      content: t('lan.confirmClose.content'),
      okText: t('lan.confirmClose.ok'),
      okButtonProps: { danger: true },
      cancelText: tCommon('cancel'),
      // Focus on Cancel: a stray Enter must not throw every group out of their plans.
      autoFocusButton: 'cancel',
      onOk: () => close.mutate(undefined, { onSuccess: () => void message.success(t('lan.closed')) }),
    })
  }

  return (
    <Card
      className="lan-panel"
      title={<h2 className="join-tab-heading">{t('lan.heading')}</h2>}
      extra={
        // antd's preset green fails AA contrast; a solid dark green with white text passes.
        <Tag color={status.open ? '#0f7b4a' : 'default'}>
          {status.open ? t('lan.statusOpen') : t('lan.statusClosed')}
        </Tag>
      }
    >
      {status.open ? (
        <Flex vertical gap={12} align="flex-start">
          <Typography.Text>{t('lan.openText')}</Typography.Text>
          <Typography.Text strong copyable className="lan-url">
            {status.url}
          </Typography.Text>
          <Button danger loading={close.isPending} onClick={confirmClose}>
            {t('lan.close')}
          </Button>
        </Flex>
      ) : (
        <Flex vertical gap={12} align="flex-start">
          <RoomDisconnectedNotice
            status={status}
            action={
              lostAvailable &&
              status.lostAddress && (
                <Button type="primary" loading={open.isPending} onClick={() => openOn(status.lostAddress!)}>
                  {t('lan.lost.reopenSame', { address: status.lostAddress })}
                </Button>
              )
            }
          />
          <Typography.Text>{t('lan.closedText')}</Typography.Text>
          <Radio.Group
            aria-label={t('lan.interface')}
            value={chosen}
            onChange={(event) => setChosen(String(event.target.value))}
          >
            <Flex vertical gap={8}>
              {interfaces.map((option) => (
                <Radio key={option.address} value={option.address}>
                  {label(option)}
                </Radio>
              ))}
            </Flex>
          </Radio.Group>
          <Button
            type="primary"
            disabled={!chosen}
            loading={open.isPending}
            onClick={() => chosen && openOn(chosen)}
          >
            {t('lan.open')}
          </Button>
        </Flex>
      )}
    </Card>
  )
}
