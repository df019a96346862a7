/**
 * Who reviews whom, by default: neighbours in county order swap plans (1↔2, 3↔4, …); with an odd number
 * the last three form a trio, each reviewing the next (a→b→c→a), so every county gives and receives one
 * review. `shift` rotates the order, so a second round pairs counties differently.
 */
export function roundRobinPairs(countyIds: readonly string[], shift = 0): Record<string, string[]> {
  const n = countyIds.length
  if (n < 2) return {}
  const order = countyIds.map((_, index) => countyIds[(index + shift) % n]!)
  const reviews: Record<string, string[]> = {}
  const pairedUpTo = n % 2 === 0 ? n : n - 3
  for (let index = 0; index < pairedUpTo; index += 2) {
    const [a, b] = [order[index]!, order[index + 1]!]
    reviews[a] = [b]
    reviews[b] = [a]
  }
  if (n % 2 === 1) {
    const trio = order.slice(n - 3)
    trio.forEach((county, index) => (reviews[county] = [trio[(index + 1) % 3]!]))
  }
  return reviews
}

/**
 * The facilitator's change of one county's partner: `reader` now reviews `partner`, and, when they were
 * a pair, the partner reviews it back; whoever reviewed either of them before is left without a partner, for the facilitator to pair again.
 */
export function withPartner(
  reviews: Record<string, string[]>,
  reader: string,
  partner: string,
): Record<string, string[]> {
  const next: Record<string, string[]> = {}
  for (const [county, list] of Object.entries(reviews))
    next[county] = list.filter((other) => other !== reader && other !== partner)
  next[reader] = [partner]
  next[partner] = [reader]
  return next
}
