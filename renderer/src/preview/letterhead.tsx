import { Fragment } from 'react'
import { LETTERHEAD_PT, PAGE_MARGINS_PT } from '../export/page-geometry'
import type { PageSize } from '../export/pdf-options'
import type { Letterhead as LetterheadContent } from '../release/release-content'
import { contentWidthPt, pt } from './page-css'

function logoSource(logo: NonNullable<LetterheadContent['logo']>): string {
  return `data:${logo.mediaType};base64,${logo.data}`
}

const ADDRESS_SEPARATOR = ' \u2022 '

/**
 * The address line's parts, each kept on one line with the "\u2022" before it: the line wraps only
 * between parts, before a separator, as in the DOCX.
 */
function addressParts(addressLine: string) {
  return addressLine.split(ADDRESS_SEPARATOR).map((part, index) => (
    <Fragment key={index}>
      {index > 0 && ' '}
      <span className="letterhead__address-part">{index === 0 ? part : `\u2022 ${part}`}</span>
    </Fragment>
  ))
}

/** Page one's letterhead band: the logo (or the company name) and the address line under a rule. */
export function Letterhead(props: {
  readonly letterhead: LetterheadContent
  readonly size: PageSize
}) {
  const { companyName, addressLine, logo } = props.letterhead
  return (
    <header
      className="letterhead"
      data-testid="letterhead"
      style={{
        top: pt(LETTERHEAD_PT.top),
        left: pt(PAGE_MARGINS_PT.left),
        width: pt(contentWidthPt(props.size)),
      }}
    >
      <div className="letterhead__mark" style={{ height: pt(LETTERHEAD_PT.logoHeight) }}>
        {logo === null ? (
          <span className="letterhead__name" style={{ fontSize: pt(LETTERHEAD_PT.nameSize) }}>
            {companyName}
          </span>
        ) : (
          <img
            className="letterhead__logo"
            data-testid="letterhead-logo"
            src={logoSource(logo)}
            alt={companyName}
            style={{ height: pt(LETTERHEAD_PT.logoHeight) }}
          />
        )}
      </div>
      {addressLine !== '' && (
        <div
          className="letterhead__address"
          style={{
            fontSize: pt(LETTERHEAD_PT.addressSize),
            marginTop: pt(LETTERHEAD_PT.addressGapAbove),
            paddingTop: pt(LETTERHEAD_PT.ruleGap),
            borderTop: `${pt(LETTERHEAD_PT.ruleWeight)} solid #000`,
          }}
        >
          {addressParts(addressLine)}
        </div>
      )}
    </header>
  )
}
