import { z } from 'zod'
import { companySchema } from '../../release/document-schema'
import type { Company } from '../../release/document-schema'

/**
 * Company profiles: the letterhead and dateline settings saved once and applied to each new release.
 * Kept in localStorage under a versioned key and validated on every read, since anything may have
 * written there (an older build, a person with the developer tools).
 */

export const PROFILES_KEY = 'release-desk.company-profiles.v1'

const profileSchema = z.object({
  name: z.string().trim().min(1),
  savedAt: z.string(),
  company: companySchema,
})
export type CompanyProfile = z.output<typeof profileSchema>

const storedSchema = z.object({ version: z.literal(1), profiles: z.array(z.unknown()) })

export interface ProfileList {
  readonly profiles: readonly CompanyProfile[]
  /** Entries that could not be read and were left out. */
  readonly skipped: number
}

export function readProfiles(storage: Storage): ProfileList {
  let raw: unknown
  try {
    const text = storage.getItem(PROFILES_KEY)
    raw = text === null ? null : (JSON.parse(text) as unknown)
  } catch {
    return { profiles: [], skipped: 1 }
  }
  if (raw === null) return { profiles: [], skipped: 0 }
  const stored = storedSchema.safeParse(raw)
  if (!stored.success) return { profiles: [], skipped: 1 }
  const profiles: CompanyProfile[] = []
  let skipped = 0
  for (const entry of stored.data.profiles) {
    const parsed = profileSchema.safeParse(entry)
    if (parsed.success) profiles.push(parsed.data)
    else skipped += 1
  }
  return { profiles, skipped }
}

function writeProfiles(storage: Storage, profiles: readonly CompanyProfile[]): void {
  storage.setItem(PROFILES_KEY, JSON.stringify({ version: 1, profiles }))
}

/** Saves the company under its name, replacing an earlier profile of that name. */
export function saveProfile(storage: Storage, company: Company, savedAt: Date): readonly CompanyProfile[] {
  const name = company.name.trim()
  const profile: CompanyProfile = { name, savedAt: savedAt.toISOString(), company }
  const profiles = [...readProfiles(storage).profiles.filter((entry) => entry.name !== name), profile].sort((a, b) =>
    a.name.localeCompare(b.name),
  )
  writeProfiles(storage, profiles)
  return profiles
}

export function deleteProfile(storage: Storage, name: string): readonly CompanyProfile[] {
  const profiles = readProfiles(storage).profiles.filter((entry) => entry.name !== name)
  writeProfiles(storage, profiles)
  return profiles
}
