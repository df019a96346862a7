import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import './app/app.css'
// The bundled fonts and the stack that orders them by language, shared with the print view.
import './fonts/fonts.css'
import { initI18n } from './i18n/i18n'
import { applyLanguageToPage, storedLanguage } from './i18n/language'

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
