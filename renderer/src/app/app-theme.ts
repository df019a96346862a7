import type { ThemeConfig } from 'antd'

/**
 * antd's default secondary greys (45% black) fall below WCAG AA contrast on white, which a projector
 * washes out further; these are darkened just enough to pass. Fonts: the system's own CJK faces until
 * the app ships one.
 */
export const appTheme: ThemeConfig = {
  token: {
    colorPrimary: '#1554b8',
    colorLink: '#1554b8',
    // antd's #ff4d4f is too light for the error text under fields; this red passes AA.
    colorError: '#c8161d',
    colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.5)',
    fontFamily:
      "system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', Roboto, 'Helvetica Neue', Arial, sans-serif",
    fontSize: 15,
  },
}
