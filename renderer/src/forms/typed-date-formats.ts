import dayjs from 'dayjs'
import customParseFormat from 'dayjs/plugin/customParseFormat'
import { ISO_DATE_FORMAT } from '../../../shared/validation/iso-date'

/**
 * What every date box reads, all of fixed width: a complete date of one can never be the first keys of
 * another, so no date is taken before the person has typed all of it. The first is how dates are shown
 * (YYYY-MM-DD in both languages); the others are how people type them without separators or with their own.
 */
export const TYPED_DATE_FORMATS = [ISO_DATE_FORMAT, 'YYYYMMDD', 'YYYY/MM/DD', 'YYYY.MM.DD']

// Reading a date in one of several formats needs dayjs's parser plugin; every box using them loads this module.
dayjs.extend(customParseFormat)
