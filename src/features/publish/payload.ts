import type { PrecomputedLayout } from '../../cy/precomputed';
import { packJson, unpackJson } from './pack';
import { SLOT_ID } from './shell';

/** A data file as JSON, not as text: a string inside the payload would escape every quote twice. */
export interface PayloadFile {
  name: string;
  data: unknown;
}

/** What a published page carries in its data slot. Version 1. */
export interface PublishedPayload {
  v: 1;
  /** The dataset as Parley data files, parsed (validated like graph-data/ when the page opens). */
  files: PayloadFile[];
  /** Source texts by file name (sources.json `file`), so quotes open in their article. */
  texts: Record<string, string>;
  /** Force positions, used only when they still match the dataset. */
  layout?: PrecomputedLayout;
  /** The view to open on when the address names none ("e=ha-kim-ngoc&focus=1"). */
  view?: string;
  /** When the page was made (ISO 8601) and from what. */
  madeAt: string;
  madeFrom: string;
}

/** A problem with the page's own data, said plainly (the page cannot do anything without it). */
export class PayloadError extends Error {}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The payload from a parsed slot, checked for shape (the files themselves are validated on load). */
export function checkPayload(value: unknown): PublishedPayload {
  if (!isRecord(value) || value.v !== 1)
    throw new PayloadError('The page’s data slot holds no Parley dataset (version 1).');
  const files = value.files;
  if (
    !Array.isArray(files) ||
    !files.every((f) => isRecord(f) && typeof f.name === 'string' && 'data' in f)
  )
    throw new PayloadError('The page’s data slot has no list of data files (files[].name, .data).');
  const texts = isRecord(value.texts) ? value.texts : {};
  const out: PublishedPayload = {
    v: 1,
    files: files as PayloadFile[],
    texts: Object.assign(
      Object.create(null) as Record<string, string>,
      Object.fromEntries(Object.entries(texts).filter(([, t]) => typeof t === 'string')),
    ),
    madeAt: typeof value.madeAt === 'string' ? value.madeAt : '',
    madeFrom: typeof value.madeFrom === 'string' ? value.madeFrom : '',
  };
  if (typeof value.view === 'string') out.view = value.view;
  const layout = value.layout;
  if (isRecord(layout) && typeof layout.fingerprint === 'string' && isRecord(layout.positions))
    out.layout = layout as unknown as PrecomputedLayout;
  return out;
}

/** What the slot holds: the page's name, date and view in plain JSON, the rest packed (pack.ts). */
export interface SlotData {
  v: 1;
  madeAt: string;
  madeFrom: string;
  view?: string;
  /** gzip + base64 of { files, texts, layout }. */
  packed: string;
}

/** The payload as the slot holds it. */
export async function toSlot(payload: PublishedPayload): Promise<SlotData> {
  const { files, texts, layout, view, madeAt, madeFrom } = payload;
  return {
    v: 1,
    madeAt,
    madeFrom,
    ...(view ? { view } : {}),
    packed: await packJson({ files, texts, ...(layout ? { layout } : {}) }),
  };
}

/** The slot's data → the payload; a slot may also hold the fields unpacked. */
export async function fromSlot(value: unknown): Promise<PublishedPayload> {
  if (!isRecord(value) || typeof value.packed !== 'string') return checkPayload(value);
  let inner: unknown;
  try {
    inner = await unpackJson(value.packed);
  } catch (e) {
    throw new PayloadError(`The page’s packed dataset cannot be unpacked (${String(e)}).`);
  }
  const { packed: _packed, ...plain } = value;
  return checkPayload({ ...(isRecord(inner) ? inner : {}), ...plain });
}

let cached: Promise<PublishedPayload> | undefined;

/** The payload of this page (read once); rejects with PayloadError when there is none or it is unreadable. */
export function pagePayload(doc: Document = document): Promise<PublishedPayload> {
  cached ??= (async () => {
    const text = doc.getElementById(SLOT_ID)?.textContent ?? '';
    if (!text.trim())
      throw new PayloadError(
        'This page is an empty Parley template: make a page with npm run publish:html or Export → Interactive page.',
      );
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      throw new PayloadError(`The page’s data slot is not valid JSON (${String(e)}).`);
    }
    return fromSlot(parsed);
  })();
  return cached;
}
