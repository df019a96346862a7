import type { ResultProps } from 'antd'
import { lazyComponent } from '../app/lazy-component'

/**
 * antd's Result, fetched the first time one is shown: it brings its 403/404/500 illustrations (~40 KB of
 * SVG), which a device that joins and edits without an error never needs. Nothing stands in while it loads.
 */
export const LazyResult = lazyComponent<ResultProps>(
  () => import('antd/es/result').then((module) => module.default),
  null,
)
