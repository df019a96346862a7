import type { ThemeConfig } from 'antd'

/**
 * antd's default secondary greys (45% black) fall below WCAG AA contrast on white, which a projector
 * washes out further; these are darkened just enough to pass. The font stack is fonts.css's, so antd's
 * components and the app's own elements draw with the same faces.
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
    fontFamily: 'var(--app-font-family)',
    fontSize: 15,
  },
}
