import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import './app/app.css'
// The bundled Latin faces and the stack that orders the faces by language, shared with the print view.
import './fonts/bundled-latin-fonts.css'
import './fonts/fonts.css'
// On screen, the device's own Chinese face first: a phone that has one fetches no font file.
import './fonts/device-fonts.css'
import { loadBundledChineseWhereNeeded } from './fonts/bundled-chinese-where-needed'
import { initI18n } from './i18n/i18n'
import { applyLanguageToPage, storedLanguage } from './i18n/language'

loadBundledChineseWhereNeeded()
const language = storedLanguage()
initI18n(language)
applyLanguageToPage(language)

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
