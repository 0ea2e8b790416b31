import { fork } from 'node:child_process'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { isTemporarySaveFile, saveAtomic } from '../../electron/files/file-service'
import { createRecoveryStore } from '../../electron/main/recovery-store'
import { readReleaseDocument } from '../../renderer/src/release/load-document'
import { sha256 } from '../../electron/files/file-stamp'
import { startColleague } from './colleague'
import type { Colleague } from './colleague'
import { colleagueText, PHASES_WITH_NEW_FILE, SAVE_PHASES, versionText } from './save-protocol'
import { makeBaseVersions, stampOf } from './save-versions'
import type { KillPlan, WriterConfig, WriterMessage } from './save-protocol'
import { bundleWriter } from './writer-bundle'

/**
 * Kills a saving process again and again and checks, after every kill, what a person would find
 * on restart: the release file is exactly the previous save or exactly the new one, never older
 * than a save that was reported done, and the recovery copy opens and validates. Meanwhile a
 * colleague's process saves the same file once per kill, at a random moment: its version must
 * never be replaced unless the writer saw it (reported a conflict, or opened it).
 */

export interface KillCampaignOptions {
  readonly kills: number
  readonly seed: number
  /** An empty working folder; the campaign fills it. */
  readonly folder: string
  /** Whether a colleague saves the same file during each kill (the default). */
  readonly colleague?: boolean
}

export interface KillRecord {
  readonly plan: KillPlan
  /** The save whose version the release file holds after the kill; null for the colleague's. */
  readonly fileSave: number | null
  /** Saves the writer had refused because the file had changed (the colleague's save). */
  readonly conflicts: number
  readonly recoverySave: number
  /** Temporary files the killed save left behind (recognisable, so cleanup can remove them). */
  readonly leftovers: number
}

/** A small, seedable generator (mulberry32): the same seed gives the same kill plans. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

/** The colleague's save starts this long, at most, after the writer opened the file (random, seeded). */
const COLLEAGUE_WINDOW_MS = 150

function randomPlan(random: () => number, firstSave: number, bases: readonly string[]): KillPlan {
  const save = firstSave + Math.floor(random() * 3)
  const phase = SAVE_PHASES[Math.floor(random() * SAVE_PHASES.length)] ?? 'written'
  const choice = random()
  if (choice < 0.4) return { kind: 'signal', save, phase }
  if (choice < 0.7) return { kind: 'phase', save, phase }
  return { kind: 'bytes', save, bytes: Math.floor(random() * versionText(bases, save).length) }
}

interface ChildOutcome {
  readonly signal: NodeJS.Signals | null
  readonly code: number | null
  readonly lastSaved: number | null
  readonly problem: string | null
  readonly openedSha: string | null
  readonly conflicts: number
}

function runWriter(
  script: string,
  config: WriterConfig,
  onOpened: () => void,
): Promise<ChildOutcome> {
  return new Promise((resolve, reject) => {
    const child = fork(script, [JSON.stringify(config)], {
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    })
    let lastSaved: number | null = null
    let problem: string | null = null
    let openedSha: string | null = null
    let conflicts = 0
    let stderr = ''
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('message', (message: WriterMessage) => {
      if (message.type === 'error') problem = message.message
      else if (message.type === 'unkilled') problem = 'the writer finished without being killed'
      else if (message.type === 'opened') {
        openedSha = message.sha256
        onOpened()
      } else if (message.type === 'conflict') conflicts += 1
      else {
        if (message.phase === 'saved') lastSaved = message.save
        const { plan } = config
        if (plan.kind === 'signal' && plan.save === message.save && plan.phase === message.phase)
          child.kill('SIGKILL')
      }
    })
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      resolve({
        code,
        signal,
        lastSaved,
        openedSha,
        conflicts,
        problem: problem ?? (stderr.trim() || null),
      }),
    )
  })
}

/** True when a save's kept old version (`.<name>.<random>.old`) beside the file holds `text`. */
async function keptAside(folder: string, text: string): Promise<boolean> {
  for (const name of await readdir(folder)) {
    if (name.endsWith('.old') && (await readFile(join(folder, name), 'utf8')) === text) return true
  }
  return false
}

/** Removes what a killed save left next to `folder`'s files, after checking each is recognisable. */
async function sweepLeftovers(folder: string, keep: readonly string[]): Promise<number> {
  const names = (await readdir(folder)).filter((name) => !keep.includes(name))
  const strangers = names.filter((name) => !isTemporarySaveFile(name))
  if (strangers.length > 0)
    throw new Error(`unexpected files after a kill in ${folder}: ${strangers.join(', ')}`)
  await Promise.all(names.map((name) => rm(join(folder, name))))
  return names.length
}

/**
 * Parses a release text and checks it is exactly one save's complete version. Each version is also
 * validated by the real loader the first time it turns up; after that, exact equality with a text
 * that validated is proof enough, and keeps 200 checks of a megabyte fast.
 */
function exactSave(
  text: string,
  bases: readonly string[],
  validated: Set<number>,
  what: string,
): number {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new Error(`${what} is not complete JSON after a kill: ${String(error)}`, {
      cause: error,
    })
  }
  const reason = (json as { status?: { overrideReason?: unknown } }).status?.overrideReason
  const save = typeof reason === 'string' ? Number(/^save (\d+)$/.exec(reason)?.[1]) : Number.NaN
  if (!Number.isInteger(save) || text !== versionText(bases, save))
    throw new Error(`${what} parses but is not exactly any save's version (a mix of two?)`)
  if (!validated.has(save % bases.length)) {
    const loaded = readReleaseDocument(text)
    if (!loaded.ok || stampOf(loaded.value) !== save)
      throw new Error(`${what} does not open: ${loaded.ok ? 'wrong stamp' : loaded.error}`)
    validated.add(save % bases.length)
  }
  return save
}

function expectedFileSave(plan: KillPlan): number | null {
  switch (plan.kind) {
    case 'signal':
      return null
    case 'phase':
      return PHASES_WITH_NEW_FILE.has(plan.phase) ? plan.save : plan.save - 1
    case 'bytes':
      return plan.save - 1
  }
}

/** Runs `kills` writer processes, each SIGKILLed once, checking the disk after every kill. */
export async function runKillCampaign(
  options: KillCampaignOptions,
  onKill?: (record: KillRecord, index: number) => void,
): Promise<KillRecord[]> {
  const bases = makeBaseVersions()
  const basePaths = await Promise.all(
    bases.map(async (text, index) => {
      const path = join(options.folder, `base-${index}.txt`)
      await writeFile(path, text)
      return path
    }),
  )
  const script = await bundleWriter(options.folder)
  const documents = join(options.folder, 'documents')
  const recoveryFolder = join(options.folder, 'recovery')
  await mkdir(documents, { recursive: true })
  const target = join(documents, 'iec-q2-fiscal-2006.release.json')
  await saveAtomic(target, versionText(bases, 0))
  await createRecoveryStore(recoveryFolder).write(target, versionText(bases, 0))

  const random = seededRandom(options.seed)
  const validated = new Set<number>()
  const records: KillRecord[] = []
  const colleague: Colleague | null =
    options.colleague === false ? null : await startColleague(options.folder)
  let current = 0
  try {
    for (let index = 0; index < options.kills; index += 1) {
      const plan = randomPlan(random, current + 1, bases)
      const theirs = colleagueText(bases, index)
      const order = {
        target,
        text: theirs,
        delayMs: random() * COLLEAGUE_WINDOW_MS,
        kind: random() < 0.5 ? ('release-desk' as const) : ('in-place' as const),
      }
      const context = `kill ${index + 1} (${JSON.stringify(plan)}, colleague ${order.kind} after ${Math.round(order.delayMs)} ms)`
      // The colleague's moment counts from the writer's start of work, so it falls among its saves.
      const colleagueSave: { armed: ReturnType<Colleague['arm']> | null } = { armed: null }
      const outcome = await runWriter(
        script,
        { target, recoveryFolder, basePaths, firstSave: current + 1, maxSaves: 50, plan },
        () => {
          colleagueSave.armed = colleague?.arm(order) ?? null
        },
      )
      if (outcome.signal !== 'SIGKILL')
        throw new Error(
          `${context}: the writer was not killed (exit ${String(outcome.code)}): ${outcome.problem ?? ''}`,
        )
      const report = colleague === null ? undefined : await (await colleagueSave.armed)?.done
      if (report !== undefined && report.type !== 'wrote')
        throw new Error(`${context}: the colleague could not save: ${JSON.stringify(report)}`)

      const onDisk = await readFile(target, 'utf8')
      const fileSave =
        colleague !== null && onDisk === theirs
          ? null
          : exactSave(onDisk, bases, validated, `${context}: the release file`)
      if (fileSave !== null) {
        const expected = expectedFileSave(plan)
        if (expected !== null && fileSave !== expected)
          throw new Error(`${context}: the file holds save ${fileSave}, expected save ${expected}`)
        if (fileSave < current || (outcome.lastSaved !== null && fileSave < outcome.lastSaved))
          throw new Error(
            `${context}: the file went back to save ${fileSave} after save ${outcome.lastSaved ?? current}`,
          )
        // Our version replaced the colleague's: only fair if the writer saw theirs, or if it was
        // killed between its rename and its second check, leaving theirs beside the file.
        const sawTheirs = outcome.conflicts > 0 || outcome.openedSha === sha256(Buffer.from(theirs))
        if (colleague !== null && !sawTheirs && !(await keptAside(documents, theirs)))
          throw new Error(
            `${context}: the colleague's save was replaced by save ${fileSave} with no conflict reported`,
          )
      }

      const copy = await createRecoveryStore(recoveryFolder).read()
      if (copy === null) throw new Error(`${context}: the recovery copy is gone or unreadable`)
      if (copy.path !== target)
        throw new Error(`${context}: the recovery copy names ${String(copy.path)}`)
      const recoverySave = exactSave(copy.text, bases, validated, `${context}: the recovery copy`)
      // The copy is written before each save: never older than the file, at most one save ahead.
      const okCopy =
        fileSave === null
          ? recoverySave >= current
          : recoverySave === fileSave || recoverySave === fileSave + 1
      if (!okCopy)
        throw new Error(
          `${context}: the recovery copy holds save ${recoverySave}, the file ${fileSave === null ? "the colleague's version" : `save ${fileSave}`}`,
        )

      const leftovers =
        (await sweepLeftovers(documents, ['iec-q2-fiscal-2006.release.json'])) +
        (await sweepLeftovers(recoveryFolder, ['recovery.json']))
      const record: KillRecord = {
        plan,
        fileSave,
        recoverySave,
        leftovers,
        conflicts: outcome.conflicts,
      }
      records.push(record)
      onKill?.(record, index)
      current = fileSave ?? Math.max(current, outcome.lastSaved ?? current)
    }
  } finally {
    colleague?.stop()
  }
  return records
}
