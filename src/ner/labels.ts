// The tagger's label set: BILOU over PER/ORG/LOC/MISC inside, IOB2 outside, and entity spans in token indices.

/** The CoNLL-2003 entity types. */
export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** One entity: `type` over tokens `[start, end)`. */
export interface EntitySpan {
  type: EntityType;
  start: number;
  end: number;
}

/** The BILOU labels, "O" first: B(egin), I(nside), L(ast), U(nit-length) for each type. */
export const BILOU_LABELS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`))];

const isType = (t: string): t is EntityType => (ENTITY_TYPES as readonly string[]).includes(t);

/**
 * Entity spans from IOB2 (or BILOU) labels: "B-X" or "U-X" starts one, "I-X"/"L-X" continue it, and a stray
 * "I-X" after "O" or another type starts one too. Unknown types are skipped.
 * @example spans(['B-PER', 'I-PER', 'O', 'B-LOC']) // [{type:'PER',start:0,end:2},{type:'LOC',start:3,end:4}]
 */
export function spans(labels: readonly string[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  let open: EntitySpan | null = null;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    if (label === 'O') {
      // The common case, without the string slicing below.
      if (open) out.push(open);
      open = null;
      continue;
    }
    const prefix = label[0];
    const type = label.slice(2);
    const continues = open !== null && open.type === type && (prefix === 'I' || prefix === 'L');
    if (continues) {
      open!.end = i + 1;
    } else {
      if (open) out.push(open);
      open = isType(type) ? { type, start: i, end: i + 1 } : null;
    }
    if (open && (prefix === 'L' || prefix === 'U')) {
      out.push(open);
      open = null;
    }
  }
  if (open) out.push(open);
  return out;
}

/** BILOU labels for `length` tokens holding `entities` (non-overlapping). */
export function toBilou(length: number, entities: readonly EntitySpan[]): string[] {
  const labels = new Array<string>(length).fill('O');
  for (const e of entities) {
    if (e.end - e.start === 1) labels[e.start] = `U-${e.type}`;
    else {
      labels[e.start] = `B-${e.type}`;
      for (let i = e.start + 1; i < e.end - 1; i++) labels[i] = `I-${e.type}`;
      labels[e.end - 1] = `L-${e.type}`;
    }
  }
  return labels;
}

/** IOB2 labels ("B-PER", "I-PER", "O") for `length` tokens holding `entities`. */
export function toIob2(length: number, entities: readonly EntitySpan[]): string[] {
  const labels = new Array<string>(length).fill('O');
  for (const e of entities) for (let i = e.start; i < e.end; i++) labels[i] = `${i === e.start ? 'B' : 'I'}-${e.type}`;
  return labels;
}

/**
 * Which BILOU label may follow which: after "B-X"/"I-X" only "I-X" or "L-X"; otherwise "O", "B-Y" or "U-Y".
 * `allowed[prev * n + next]`, with prev = -1 (sentence start) stored at row n.
 */
export function bilouTransitions(labels: readonly string[]): Uint8Array {
  const n = labels.length;
  const allowed = new Uint8Array((n + 1) * n);
  for (let p = 0; p <= n; p++) {
    const prev = p === n ? 'O' : labels[p]!;
    const open = prev[0] === 'B' || prev[0] === 'I';
    for (let q = 0; q < n; q++) {
      const next = labels[q]!;
      const ok = open ? (next[0] === 'I' || next[0] === 'L') && next.slice(2) === prev.slice(2) : next === 'O' || next[0] === 'B' || next[0] === 'U';
      allowed[p * n + q] = ok ? 1 : 0;
    }
  }
  return allowed;
}
