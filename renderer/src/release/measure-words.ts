// Each measure's words live in its definition (measure-catalogue.ts, or userMeasure for a person's own).
export type { MeasureWords } from './measure-definition'

/**
 * Words that make a subject a part or a variant of a measure, never the total the release
 * reports: "organic sales", "adjusted EPS", "net sales from continuing operations".
 */
export const PART_WORDS_BEFORE = String.raw`organic|comparable(?:[\s-]+stores?)?|same[\s-]+stores?|like[\s-]+for[\s-]+like|core|underlying|constant[\s-]+currency|currency[\s-]+neutral|adjusted|non-?GAAP|pro[\s-]+forma|normalized|recurring|operating|gross|segment|divisional|international|domestic|foreign|product|service|services|license|subscription|hardware|software|systems?|retail|wholesale|online|store|merchandise|export|military|aerospace|medical|industrial|commercial|consumer|government|defense|automotive|internal|external|backlog|bookings|unit|units|pretax|pre-?tax|segment|North\s+American|European|Asian|U\.S\.|US`

/** Words after a measure that make it a part: "sales to the aerospace sector", "EPS excluding charges". */
export const PART_WORDS_AFTER = String.raw`(?:from|of|in|to|for|by)\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:[\w&'-]+\s+){0,4}?(?:sectors?|segments?|markets?|divisions?|customers?|business(?:es)?|units?|products?|lines?|regions?|channels?|industr(?:y|ies)|services|stores?|operations|brands?|countries|geograph(?:y|ies))|from\s+continuing\s+operations|from\s+discontinued\s+operations|(?:,\s*)?(?:excluding|before|ex-|exclusive\s+of|net\s+of|adjusted\s+for|on\s+an?\s+(?:non-?GAAP|pro\s+forma|constant[\s-]+currency|comparable|adjusted|organic|apples[\s-]+to[\s-]+apples|like[\s-]+for[\s-]+like))`
