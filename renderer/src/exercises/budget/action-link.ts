/** Where the action plan step opens one action (its card expanded and in view). */
export const actionLink = (actionId: string) => ({
  search: `?${new URLSearchParams({ step: 'action-plan', action: actionId }).toString()}`,
})
