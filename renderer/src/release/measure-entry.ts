import { z } from 'zod'
import { MEASURE_KINDS } from './measure-definition'

const ID = /^[a-z][A-Za-z0-9]{0,63}$/

/**
 * One row of a version-2 file's `measures` list. A catalogue measure is named by its id alone
 * (`{ "id": "grossProfit" }`); a user's own measure also gives its name and kind, and for a
 * segment or product line its parent, and a ratio what it is a ratio of. The order of the list is the grid's order.
 */
export const measureEntrySchema = z
  .object({
    id: z
      .string()
      .regex(
        ID,
        'expected a measure id of letters and digits starting with a lower-case letter, such as "aerospaceRevenue"',
      ),
    /** The user's name for it, as the grid and the sentences use it: "Aerospace revenue". Absent for a catalogue measure. */
    name: z.string().trim().min(1).max(80).optional(),
    kind: z.enum(MEASURE_KINDS).optional(),
    parent: z.string().regex(ID).optional(),
    eliminations: z.boolean().optional(),
    gaap: z.boolean().optional(),
    reconcilesTo: z.string().regex(ID).optional(),
    /** For a ratio of one's own, the two amounts it is a ratio of: adjusted EBITDA over revenue. */
    ratioOf: z
      .object({ numerator: z.string().regex(ID), denominator: z.string().regex(ID) })
      .strict()
      .optional(),
  })
  .strict()
export type MeasureEntry = z.output<typeof measureEntrySchema>
