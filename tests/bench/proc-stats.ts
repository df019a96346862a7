import { readFileSync } from 'node:fs'

/** Linux reports process CPU times in clock ticks; 100 per second on every mainstream kernel config. */
const CLOCK_TICKS_PER_SECOND = 100

/** Resident memory of a process from /proc/<pid>/status, in MB: current (VmRSS) and peak (VmHWM). */
export function memoryOf(pid: number): { rssMb: number; peakRssMb: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN)
    return { rssMb: kb('VmRSS') / 1024, peakRssMb: kb('VmHWM') / 1024 }
  } catch {
    return null
  }
}

/** CPU time (user + system) a process has used so far, in milliseconds, from /proc/<pid>/stat. */
export function cpuMsOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15 overall.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const ticks = Number(fields[11]) + Number(fields[12])
    return (ticks * 1000) / CLOCK_TICKS_PER_SECOND
  } catch {
    return null
  }
}

/** Samples a process's RSS every `everyMs` until stopped; reports the peak seen and the kernel's VmHWM. */
export function sampleMemory(pid: number, everyMs = 200) {
  let peakSampledMb = 0
  let lastMb = 0
  let hwmMb = 0
  const take = () => {
    const memory = memoryOf(pid)
    if (!memory) return
    lastMb = memory.rssMb
    peakSampledMb = Math.max(peakSampledMb, memory.rssMb)
    hwmMb = Math.max(hwmMb, memory.peakRssMb)
  }
  take()
  const timer = setInterval(take, everyMs)
  return {
    stop() {
      take()
      clearInterval(timer)
      const round = (value: number) => Math.round(value * 10) / 10
      return { rssAtEndMb: round(lastMb), peakRssSampledMb: round(peakSampledMb), peakRssMb: round(hwmMb) }
    },
  }
}

/** Machine-wide CPU time so far, in milliseconds summed over all cores, from the first line of /proc/stat. */
export interface SystemCpu {
  busyMs: number
  idleMs: number
  iowaitMs: number
  stealMs: number
}

export function systemCpu(): SystemCpu | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!
    // cpu  user nice system idle iowait irq softirq steal guest guest_nice (guest time is already in user)
    const [user, nice, system, idle, iowait, irq, softirq, steal] = line
      .trim()
      .split(/\s+/)
      .slice(1, 9)
      .map((value) => (Number(value) * 1000) / CLOCK_TICKS_PER_SECOND)
    return {
      busyMs: user! + nice! + system! + irq! + softirq! + steal!,
      idleMs: idle!,
      iowaitMs: iowait!,
      stealMs: steal!,
    }
  } catch {
    return null
  }
}
