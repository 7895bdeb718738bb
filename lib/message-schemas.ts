/**
 * The shape of every message the background accepts, in zod. Content scripts run in the
 * page's renderer, which a hostile page may have compromised, so what they send is checked
 * like any untrusted input: a message of the wrong shape, too large, or of a type its sender
 * may not send is refused (lib/message-senders.ts says who may send what).
 */
import { z } from 'zod';
import { GridSchema, LIST_MEANINGS, LocatorSchema, ScreenProfileSchema, TextTestSchema } from './screen/profile-schema';

const text = (max: number) => z.string().max(max);
const key = text(200);
const DocId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
const Value = z.union([z.string().max(4000), z.number(), z.boolean()]);

const FieldReadSchema = z.object({
  key,
  label: text(200),
  fact: text(200),
  status: z.enum(['ok', 'empty', 'unreadable', 'missing']),
  raw: text(4000).optional(),
  value: Value.optional(),
  problem: text(1000).optional(),
  via: z.number().int().min(0).max(50).optional(),
  unsaved: z.enum(['worker', 'caselens']).optional(),
});

const ReadProblemSchema = z.object({ key, kind: z.enum(['unreadable', 'missing', 'profile-error']), message: text(1000) });

export const ScreenReadSchema = z.object({
  profileId: text(100),
  profileVersion: text(40).optional(),
  title: text(200),
  system: text(40),
  screen: text(40),
  jurisdiction: z.enum(['OR', 'AK', 'ME', 'ANY']),
  role: z.enum(['screen', 'context', 'listing']),
  url: text(4000),
  fields: z.array(FieldReadSchema).max(500),
  lists: z
    .array(
      z.object({
        key,
        label: text(200),
        fact: text(200),
        found: z.boolean(),
        rows: z.array(z.array(FieldReadSchema).max(50)).max(5000),
        constants: z.record(z.string(), z.union([z.string().max(200), z.number(), z.boolean()])).optional(),
        meaning: z.enum(LIST_MEANINGS).optional(),
        rowKey: z.array(text(200)).max(10).optional(),
      }),
    )
    .max(50),
  problems: z.array(ReadProblemSchema).max(20000),
  alsoMatched: z.array(text(100)).max(100),
  narrationTarget: z
    .object({
      selector: text(500),
      titleSelector: text(500).optional(),
      lineWidth: z.number().int(),
      lineCount: z.number().int(),
      upperCase: z.boolean(),
      allowed: text(500).optional(),
      found: z.number().int().min(0),
    })
    .optional(),
});

const MarksReportSchema = z.object({ shown: z.array(text(100)).max(500), notShown: z.array(text(100)).max(500) });

const TeachCaptureSchema = z.object({
  capture: z.object({ raw: text(4000), locators: z.array(LocatorSchema).max(10), label: text(100) }),
  grid: GridSchema.optional(),
  recognition: z.array(TextTestSchema).max(20),
  url: text(4000),
  pageTitle: text(500),
});

/** Messages a content script sends (from a frame of a legacy page). */
export const ContentMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hello'), docId: DocId, origin: text(300) }).strict(),
  z.object({ type: z.literal('screen-read'), docId: DocId, read: ScreenReadSchema.nullable(), top: z.boolean() }).strict(),
  z.object({ type: z.literal('marks-shown'), docId: DocId, marks: MarksReportSchema }).strict(),
  z.object({ type: z.literal('open-panel'), docId: DocId }).strict(),
  TeachCaptureSchema.extend({ type: z.literal('teach-capture'), docId: DocId }).strict(),
  z.object({ type: z.literal('teach-ended'), docId: DocId }).strict(),
]);

const PanelTargetSchema = z
  .object({ windowId: z.number().int(), tabId: z.number().int().min(0), caseKey: text(40).optional(), docId: DocId })
  .strict();

/** Messages only CaseLens's own extension pages (the side panel) may send. */
export const PanelMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('set-field'), target: PanelTargetSchema, fact: text(200), value: text(200) }).strict(),
  z
    .object({ type: z.literal('insert-lines'), target: PanelTargetSchema, lines: z.array(text(400)).max(200), title: text(400).optional() })
    .strict(),
  z.object({ type: z.literal('undo-insert'), target: PanelTargetSchema }).strict(),
  z.object({ type: z.literal('teach'), target: PanelTargetSchema, on: z.boolean() }).strict(),
  z.object({ type: z.literal('teach-preview'), target: PanelTargetSchema, profile: ScreenProfileSchema }).strict(),
  z.object({ type: z.literal('snapshot-screen'), target: PanelTargetSchema }).strict(),
  z.object({ type: z.literal('profiles-changed') }).strict(),
  z.object({ type: z.literal('case-changed'), caseKey: text(40) }).strict(),
]);

export type ContentMessage = z.infer<typeof ContentMessageSchema>;
export type PanelMessage = z.infer<typeof PanelMessageSchema>;

export const CONTENT_TYPES: ReadonlySet<string> = new Set(ContentMessageSchema.options.map((o) => o.shape.type.value));
export const PANEL_TYPES: ReadonlySet<string> = new Set(PanelMessageSchema.options.map((o) => o.shape.type.value));
