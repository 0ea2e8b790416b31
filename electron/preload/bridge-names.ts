import type { Channel, ShellEvent } from '../../renderer/src/contract/bridge-contract'

/**
 * The contract's channel and event names, without the contract's schemas. A sandboxed preload can
 * require nothing but 'electron', and electron-vite leaves dependencies such as zod as require()
 * calls, so the preload must not import the contract's values. These records are checked against
 * the contract's types: a missing or misspelt name fails type-checking, and a unit test compares
 * them with the contract at run time.
 */

const CHANNELS: { readonly [C in Channel]: true } = {
  'document:open': true,
  'document:save': true,
  'document:recent': true,
  'recovery:write': true,
  'recovery:read': true,
  'recovery:clear': true,
  'window:state': true,
  'logo:choose': true,
  'workbook:open': true,
  'export:docx': true,
  'export:pdf': true,
  'print:show': true,
  'shell:reveal': true,
}

const EVENTS: { readonly [E in ShellEvent]: true } = {
  'menu:command': true,
  'file:opened': true,
}

export const CHANNEL_NAMES = Object.keys(CHANNELS) as readonly Channel[]
export const EVENT_NAMES = Object.keys(EVENTS) as readonly ShellEvent[]
