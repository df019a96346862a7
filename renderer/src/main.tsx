import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import './app/app.css'
// The bundled CJK font, so Chinese shows on machines without one (first in app.css's font stack).
import './print/bundled-font.css'
import { registerExerciseStrings } from './i18n/exercise-strings'
import { initI18n } from './i18n/i18n'
import { applyLanguageToPage, storedLanguage } from './i18n/language'

const language = storedLanguage()
registerExerciseStrings(initI18n(language))
applyLanguageToPage(language)

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
