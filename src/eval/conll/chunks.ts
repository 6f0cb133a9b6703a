// CoNLL chunks from IOB1/IOB2/IOBE tag sequences, exactly as conlleval's startOfChunk/endOfChunk define them.

/** One chunk: `type` over tokens `[start, end)`. */
export interface Chunk {
  type: string;
  start: number;
  end: number;
}

function split(tag: string): [string, string] {
  if (tag === 'O' || tag === '') return ['O', ''];
  const dash = tag.indexOf('-');
  return dash < 0 ? [tag, ''] : [tag.slice(0, dash), tag.slice(dash + 1)];
}

/** conlleval's endOfChunk: does a chunk end between (prevTag, prevType) and (tag, type)? */
function endsChunk(prevTag: string, tag: string, prevType: string, type: string): boolean {
  return (
    ((prevTag === 'B' || prevTag === 'I') && (tag === 'B' || tag === 'O')) ||
    (prevTag === 'E' && (tag === 'E' || tag === 'I' || tag === 'O')) ||
    (prevTag !== 'O' && prevTag !== '.' && prevType !== type) ||
    prevTag === ']' || prevTag === '['
  );
}

/** conlleval's startOfChunk. */
function startsChunk(prevTag: string, tag: string, prevType: string, type: string): boolean {
  return (
    ((prevTag === 'B' || prevTag === 'I' || prevTag === 'O') && tag === 'B') ||
    (prevTag === 'O' && (tag === 'I' || tag === 'E')) ||
    (prevTag === 'E' && (tag === 'E' || tag === 'I')) ||
    (tag !== 'O' && tag !== '.' && prevType !== type) ||
    tag === '[' || tag === ']'
  );
}

/**
 * The chunks of one sentence's tags, by conlleval's rules: "I-X" after "O" or after another type starts a
 * chunk, "B-X" after "B", "I" or "O" does; the sentence's end closes any open chunk.
 * @example chunks(['I-PER', 'I-PER', 'O', 'I-LOC']) // [{type:'PER',start:0,end:2},{type:'LOC',start:3,end:4}]
 */
export function chunks(tags: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  let prevTag = 'O';
  let prevType = '';
  let open: Chunk | null = null;
  for (let i = 0; i <= tags.length; i++) {
    const [tag, type] = i < tags.length ? split(tags[i]!) : ['O', ''];
    if (open && endsChunk(prevTag, tag, prevType, type)) {
      open.end = i;
      out.push(open);
      open = null;
    }
    if (startsChunk(prevTag, tag, prevType, type)) open = { type, start: i, end: i + 1 };
    prevTag = tag;
    prevType = type;
  }
  return out;
}
