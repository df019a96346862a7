/**
 * The years a plan's figures and dates may carry: from the founding of the People's Republic to well
 * past any plan period. Outside them a year is a typo (or a date box caught mid-typing: year 0002).
 */
export const FIRST_PLAN_YEAR = 1949
export const LAST_PLAN_YEAR = 2100
