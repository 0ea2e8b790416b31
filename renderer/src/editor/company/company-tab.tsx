import { CompanyFields } from './company-fields'
import { LayoutFields } from './layout-fields'
import { LogoPicker } from './logo-picker'
import { ProfilePicker } from './profile-picker'
import './company.css'

/** The Company & letterhead tab. */
export function CompanyTab() {
  return (
    <div className="company-tab">
      <ProfilePicker />
      <CompanyFields />
      <LogoPicker />
      <LayoutFields />
    </div>
  )
}
