/**
 * The shape of every message the background accepts, in zod. Content scripts run in the
 * page's renderer, which a hostile page may have compromised, so what they send is checked
 * like any untrusted input: a message of the wrong shape, too large, or of a type its sender
 * may not send is refused (lib/message-senders.ts says who may send what).
 */
import { z } from 'zod';
import { GridSchema, LocatorSchema, ScreenProfileSchema, TextTestSchema } from './screen/profile-schema';

const text = (max: number) => z.string().max(max);
const key = text(200);
const DocId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

/**
 * A raw read as the content script sends it (lib/screen/extract.ts): the text of each field
 * and list cell of the profile it names, nothing parsed. The background finishes it with that
 * profile, after checking the profile is one bound to the sender's origin and the read has its
 * shape (finishRead, fitsProfile).
 */
const Raw = z.string().max(4000);
const Unsaved = z.enum(['worker', 'caselens']);
export const RawReadSchema = z
  .object({
    profileId: text(100),
    url: text(4000),
    fields: z.array(z.object({ raw: Raw.optional(), via: z.number().int().min(0).max(50).optional(), unsaved: Unsaved.optional() }).strict()).max(500),
    lists: z.array(z.array(z.array(Raw.nullable()).max(50)).max(5000)).max(50),
    unsavedCells: z
      .record(z.string().regex(/^\d{1,2}\.\d{1,4}\.\d{1,2}$/), Unsaved)
      .refine((cells) => Object.keys(cells).length <= 5000, 'too many cells')
      .optional(),
    problems: z.array(z.object({ key, kind: z.literal('profile-error'), message: text(1000) }).strict()).max(1000),
    alsoMatched: z.array(text(100)).max(100),
    narrationFound: z.number().int().min(-1).max(10000).optional(),
  })
  .strict();

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
  z.object({ type: z.literal('screen-read'), docId: DocId, read: RawReadSchema.nullable(), top: z.boolean() }).strict(),
  z.object({ type: z.literal('marks-shown'), docId: DocId, marks: MarksReportSchema }).strict(),
  z.object({ type: z.literal('open-panel'), docId: DocId }).strict(),
  z.object({ type: z.literal('load-reader'), docId: DocId }).strict(),
  z.object({ type: z.literal('load-tools'), docId: DocId }).strict(),
  z.object({ type: z.literal('next-mark'), docId: DocId }).strict(),
  TeachCaptureSchema.extend({ type: z.literal('teach-capture'), docId: DocId }).strict(),
  z.object({ type: z.literal('teach-ended'), docId: DocId }).strict(),
  z
    .object({
      type: z.literal('policy-page'),
      url: text(4000),
      title: text(300),
      text: text(300_000),
      header: text(3000),
      headings: z.array(text(500)).max(500),
    })
    .strict(),
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
  z.object({ type: z.literal('data-changed') }).strict(),
]);

export type ContentMessage = z.infer<typeof ContentMessageSchema>;
export type PanelMessage = z.infer<typeof PanelMessageSchema>;

export const CONTENT_TYPES: ReadonlySet<string> = new Set(ContentMessageSchema.options.map((o) => o.shape.type.value));
export const PANEL_TYPES: ReadonlySet<string> = new Set(PanelMessageSchema.options.map((o) => o.shape.type.value));
