import { useState } from 'react'
import { useReleaseStoreApi } from '../../store/store-context'
import { deleteProfile, readProfiles, saveProfile } from './company-profiles'
import type { CompanyProfile } from './company-profiles'

function storage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

/** Save the company as a profile; apply a saved one to this release (one undoable step). */
export function ProfilePicker() {
  const store = useReleaseStoreApi()
  const [profiles, setProfiles] = useState<readonly CompanyProfile[]>(() => {
    const found = storage()
    return found === null ? [] : readProfiles(found).profiles
  })
  const [chosen, setChosen] = useState<string>('')
  const selected = profiles.find((profile) => profile.name === chosen) ?? profiles[0] ?? null

  const save = (): void => {
    const target = storage()
    const state = store.getState()
    if (target === null) {
      state.showToast('error', 'Profiles cannot be saved: this window has no local storage.')
      return
    }
    try {
      const next = saveProfile(target, state.document.company, new Date())
      setProfiles(next)
      setChosen(state.document.company.name.trim())
      state.showToast('success', `Saved the company profile \u201c${state.document.company.name.trim()}\u201d.`)
    } catch {
      state.showToast('error', 'The profile was not saved: local storage is full or turned off.')
    }
  }

  const apply = (): void => {
    if (selected === null) return
    const state = store.getState()
    state.setCompany(selected.company)
    state.showToast('success', `Applied \u201c${selected.name}\u201d to this release. Undo takes it back.`)
  }

  const remove = (): void => {
    const target = storage()
    if (selected === null || target === null) return
    setProfiles(deleteProfile(target, selected.name))
    setChosen('')
  }

  return (
    <fieldset className="profile-picker">
      <legend className="section-title">Company profiles</legend>
      <p className="section-hint">Save these settings once; apply them to each new release.</p>
      <div className="profile-picker__row">
        <select
          className="field__input"
          aria-label="Saved company profiles"
          value={selected?.name ?? ''}
          disabled={profiles.length === 0}
          onChange={(event) => setChosen(event.target.value)}
        >
          {profiles.length === 0 && <option value="">No saved profiles</option>}
          {profiles.map((profile) => (
            <option key={profile.name} value={profile.name}>
              {profile.name}
            </option>
          ))}
        </select>
        <button type="button" className="button" disabled={selected === null} onClick={apply}>
          Apply profile
        </button>
        <button type="button" className="button button--plain" disabled={selected === null} onClick={remove}>
          Delete
        </button>
        <span className="profile-picker__spacer" />
        <button type="button" className="button" onClick={save}>
          Save as company profile
        </button>
      </div>
    </fieldset>
  )
}
