// Runs electronegativity's API on each input folder, offline, and writes its findings as JSON.
// Usage: node electronegativity-runner.mjs <result.json> <electron version> <excluded checks,…> <input>…
//
// Electronegativity fetches translations (and, in one check, Electron's release list) over the
// network. Tests must neither need nor wait on it: `got` is replaced by a stub that refuses at
// once, and any other socket or DNS lookup is refused and recorded, so the test can fail on it.
import dns from 'node:dns'
import { writeFileSync } from 'node:fs'
import Module, { createRequire } from 'node:module'
import net from 'node:net'

// Electronegativity is CommonJS: its own require('got') goes through Module._load.
const loadCommonJs = createRequire(import.meta.url)

const network = { gotCalls: [], otherAttempts: [] }
const refuse = (url) => {
  network.gotCalls.push(String(url))
  return Promise.reject(new Error('offline: the network is not used in tests'))
}
const offlineGot = Object.assign(refuse, { head: refuse, get: refuse })
const originalLoad = Module._load
Module._load = function load(request, ...rest) {
  return request === 'got' ? offlineGot : originalLoad.call(this, request, ...rest)
}
net.Socket.prototype.connect = function connect() {
  network.otherAttempts.push('socket connect')
  throw new Error('offline: socket connections are refused in tests')
}
dns.lookup = function lookup(host, ...rest) {
  network.otherAttempts.push(`dns lookup ${String(host)}`)
  const callback = rest.pop()
  process.nextTick(callback, new Error('offline: DNS is refused in tests'))
}

async function main() {
  const [resultFile, electronVersion, excluded, ...inputs] = process.argv.slice(2)
  const run = loadCommonJs('@doyensec/electronegativity')
  const runs = []
  for (const input of inputs) {
    const result = await run({
      input,
      electronVersionOverride: electronVersion,
      excludeFromScan: excluded.split(',').filter(Boolean),
      isRelative: true,
    })
    runs.push({
      input,
      checks: result.globalChecks + result.atomicChecks,
      errors: result.errors,
      issues: result.issues.map((issue) => ({
        id: issue.id,
        file: issue.file,
        line: issue.location.line,
        severity: issue.severity.name,
        confidence: issue.confidence.name,
        description: issue.description,
        sample: issue.sample,
      })),
    })
  }
  writeFileSync(resultFile, JSON.stringify({ runs, network }, null, 2))
}

main().catch((error) => {
  process.stderr.write(`${error && error.stack ? error.stack : String(error)}\n`)
  process.exitCode = 1
})
