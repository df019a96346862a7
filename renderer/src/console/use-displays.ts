import { useQuery } from '@tanstack/react-query'

/** The screens connected to the facilitator's computer; only the desktop app can tell (null in a browser). */
export function useDisplays() {
  return useQuery({
    queryKey: ['native-displays'],
    queryFn: () => window.native!.listDisplays(),
    enabled: window.native !== undefined,
    // A projector plugged in mid-session shows up when the list is next read.
    refetchInterval: 5000,
  })
}
