// Peak memory of the browser's renderer processes for one profile (dedicated workers run as threads inside
// the renderer, so this is "renderer + workers"), read from /proc on Linux. Two figures: RssAnon, the
// processes' own resident memory (JS heaps, buffers), close to Chrome's "memory footprint"; and plain RSS,
// which also counts the shared Chromium code pages every process maps (~250 MB for an empty tab here).
import { readdirSync, readFileSync } from 'node:fs';

function rendererPids(profileDir) {
  const pids = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8');
      if (cmd.includes('--type=renderer') && cmd.includes(profileDir)) pids.push(Number(d));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

function usage(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024;
    return { anon: kb('RssAnon'), rss: kb('VmRSS') };
  } catch {
    return { anon: 0, rss: 0 };
  }
}

/** Samples every `ms` until stopped; `peak()` is the highest sum seen since the last reset. */
export function sampleMemory(profileDir, ms = 200) {
  let peak = { anon: 0, rss: 0 };
  let last = { anon: 0, rss: 0 };
  const tick = () => {
    last = rendererPids(profileDir).map(usage).reduce((a, b) => ({ anon: a.anon + b.anon, rss: a.rss + b.rss }), { anon: 0, rss: 0 });
    peak = { anon: Math.max(peak.anon, last.anon), rss: Math.max(peak.rss, last.rss) };
  };
  tick();
  const timer = setInterval(tick, ms);
  return {
    peak: () => peak,
    last: () => last,
    reset: () => {
      peak = { anon: 0, rss: 0 };
    },
    stop: () => clearInterval(timer),
  };
}
