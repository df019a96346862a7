import type { Comment } from '../../../shared/comments/comment-schema'
import { useLanguage } from '../i18n/use-language'
import { useMessages } from '../i18n/use-messages'
import { commentsMessages } from './comments-messages'

/** How an author is named: "王伟（略阳县）", or the name with the word for facilitator. */
export function useAuthorLabel(): (author: Comment['author']) => string {
  const t = useMessages(commentsMessages)
  const language = useLanguage()
  return (author) => {
    const county =
      author.countyId === null
        ? t('facilitator')
        : language === 'en' && author.countyNameEn
          ? author.countyNameEn
          : author.countyName
    return t('author', { name: author.name, county })
  }
}
