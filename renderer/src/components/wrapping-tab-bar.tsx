import { theme } from 'antd'
import { useRef, type KeyboardEvent } from 'react'

export interface WrappingTab {
  key: string
  label: string
}

interface Props {
  /** The Tabs' `id`: tab and panel ids follow antd's `${id}-tab-${key}` / `${id}-panel-${key}` so they pair up. */
  id: string
  tabs: readonly WrappingTab[]
  activeKey: string
  label: string
  onSelect: (key: string) => void
}

/**
 * A tab bar whose tabs wrap onto a second line instead of hiding behind antd's "…" menu: on a phone every
 * tab stays in sight, and the list holds nothing but tabs (antd's overflow button inside the tablist is an
 * accessibility error). Arrow keys, Home and End move between tabs; Enter, Space or a click opens one.
 */
export function WrappingTabBar({ id, tabs, activeKey, label, onSelect }: Props) {
  const { token } = theme.useToken()
  const listRef = useRef<HTMLDivElement>(null)

  const focusTab = (index: number) => {
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')
    if (!buttons || buttons.length === 0) return
    buttons[(index + buttons.length) % buttons.length]?.focus()
  }
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: -1 }
    const target = moves[event.key]
    if (target === undefined) return
    event.preventDefault()
    focusTab(target)
  }

  return (
    <div
      ref={listRef}
      role="tablist"
      aria-label={label}
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        columnGap: 4,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
        marginBottom: 16,
      }}
    >
      {tabs.map((tab, index) => {
        const active = tab.key === activeKey
        return (
          <button
            key={tab.key}
            type="button"
            role="tab"
            id={`${id}-tab-${tab.key}`}
            aria-controls={`${id}-panel-${tab.key}`}
            aria-selected={active}
            tabIndex={active ? 0 : -1}
            onClick={() => onSelect(tab.key)}
            onKeyDown={(event) => onKeyDown(event, index)}
            style={{
              font: 'inherit',
              fontSize: token.fontSize,
              background: 'none',
              border: 'none',
              borderBottom: `2px solid ${active ? token.colorPrimary : 'transparent'}`,
              color: active ? token.colorPrimary : token.colorText,
              padding: '10px 8px',
              cursor: 'pointer',
            }}
          >
            {tab.label}
          </button>
        )
      })}
    </div>
  )
}
