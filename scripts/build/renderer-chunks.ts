import type { Rolldown } from 'vite'
import { deviceChunk } from './device-chunk'

/** The icons a group device needs to join and write (see the icons groups below). */
const DEVICE_ICONS = [
  'ArrowLeftOutlined',
  'BarsOutlined',
  'CheckCircleFilled',
  'CheckOutlined',
  'CloseCircleFilled',
  'CloseOutlined',
  'CommentOutlined',
  'CopyOutlined',
  'DatabaseOutlined',
  'DisconnectOutlined',
  'DoubleLeftOutlined',
  'DownOutlined',
  'EditOutlined',
  'EnterOutlined',
  'ExclamationCircleFilled',
  'EyeInvisibleOutlined',
  'EyeOutlined',
  'GlobalOutlined',
  'HistoryOutlined',
  'InfoCircleFilled',
  'LeftOutlined',
  'LoadingOutlined',
  'LockOutlined',
  'NotificationOutlined',
  'PlusOutlined',
  'QuestionCircleOutlined',
  'RightOutlined',
  'SearchOutlined',
  'StopOutlined',
  'SyncOutlined',
  'UpOutlined',
  'WarningFilled',
]

/**
 * The Ant Design parts a group device's plan draws that the app’s start does not load: text boxes,
 * forms, typography, alerts, tooltips, layout, and the mutation hook its saves use.
 */
const DEVICE_UI = [
  String.raw`antd[\\/]es[\\/](input|form|typography|tooltip|alert|space|grid|row|col)[\\/]`,
  String.raw`@rc-component[\\/](input|tooltip)[\\/]`,
  String.raw`@tanstack[\\/](query-core[\\/]build[\\/]modern[\\/]mutationObserver|react-query[\\/]build[\\/]modern[\\/]useMutation)\.`,
]

/** Modules of the start that must not run or apply on the print view: see the app group below. */
const START_ONLY = /[\\/]renderer[\\/](src[\\/](main\.tsx|print[\\/])|[^\\/]+\.html$)|\.css($|\?)/

/**
 * How the renderer's code is cut into files. Left to itself the bundler cut a phone's join into 56 scripts,
 * most of a few hundred bytes (each module shared by a different set of lazy screens, or by the app and
 * the print view), and on the venue Wi-Fi a phone paid a request and about 400 bytes of headers for each,
 * 63 phones at once. The join bench lists the files a phone fetched.
 */
export function rendererChunkGroups(root: string): Rolldown.CodeSplittingGroup[] {
  return [
    // The app's icons are a few hundred bytes each: one file instead of a request per icon. Two files in
    // fact: the icons a group device shows while it joins and writes (its screens' and those antd's
    // alerts, inputs, messages and drawers draw), and all the facilitator's others, which a phone would
    // otherwise download with them.
    {
      name: 'icons',
      test: new RegExp(
        // The icons' own code (not an icon), and the device's icons (their components and paths).
        `@ant-design[\\\\/]icons[\\\\/](?!es[\\\\/]icons[\\\\/])|@ant-design[\\\\/]icons.*[\\\\/](${DEVICE_ICONS.join('|')})\\.js$`,
      ),
      priority: 1,
    },
    { name: 'icons-facilitator', test: /node_modules[\\/]@ant-design[\\/]icons/, priority: 0 },
    // The join and plan pages' own code in one file instead of dozens (see device-chunk.ts). Not their
    // dependencies: the start and the groups here hold those.
    { name: deviceChunk(root, 'device'), priority: -1, includeDependenciesRecursively: false },
    // Everything a page of the app loads at start in one file. The bundler otherwise splits off every
    // module a lazy screen shares with the start (about twenty files, loaded at once anyway). The print
    // view loads this file too (its views need most of it), so what only the app's page may run or apply
    // stays in the app's entry: main.tsx, which renders the app, and the app's style sheets; and the
    // print view's own entry stays apart.
    {
      name: 'app',
      tags: ['$initial'],
      test: (id) => !START_ONLY.test(id),
      priority: -2,
      includeDependenciesRecursively: false,
    },
    // Ant Design's parts the plan draws, with what they import that the start does not hold, in one file
    // instead of a dozen; the facilitator's screens that use them load it on the laptop itself.
    { name: 'device-ui', test: new RegExp(`node_modules[\\\\/](${DEVICE_UI.join('|')})`), priority: -3 },
  ]
}
