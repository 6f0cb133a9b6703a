// Maps offsets in a cleaned copy of a text back to the raw input it was made from.
import { partitionPoint } from './partition-point.js';

interface Segment {
  cleanStart: number;
  cleanEnd: number;
  rawStart: number;
  rawEnd: number;
  /** True when the clean piece is the raw piece unchanged, so offsets inside map one to one. */
  same: boolean;
}

/** Offsets in cleaned text → offsets in raw text. Built piece by piece with {@link OffsetMapBuilder}. */
export class OffsetMap {
  constructor(private readonly segments: readonly Segment[]) {}

  /**
   * The raw offset for a cleaned offset. `side` says whether the offset opens or closes a span:
   * an offset inside a replaced piece widens to the whole raw piece, so a span never cuts raw text
   * the cleaner rewrote (`"&amp;"` → `"&"`).
   */
  toRaw(offset: number, side: 'start' | 'end'): number {
    const segs = this.segments;
    if (segs.length === 0) return offset;
    // The first segment the offset is not past; the last one when it is past them all.
    const past = side === 'start' ? (s: Segment) => s.cleanEnd <= offset : (s: Segment) => s.cleanEnd < offset;
    const seg = segs[partitionPoint(segs, past, 0, segs.length - 1)]!;
    if (offset <= seg.cleanStart) return seg.rawStart;
    if (offset >= seg.cleanEnd) return seg.rawEnd;
    if (seg.same) return seg.rawStart + (offset - seg.cleanStart);
    return side === 'start' ? seg.rawStart : seg.rawEnd;
  }
}

/** Builds a cleaned text and its {@link OffsetMap} from raw pieces kept or replaced in order. */
export class OffsetMapBuilder {
  private readonly segments: Segment[] = [];
  private readonly parts: string[] = [];
  private cleanLength = 0;

  /** Copies `raw.slice(start, end)` unchanged. */
  keep(raw: string, start: number, end: number): void {
    if (end <= start) return;
    this.push(raw.slice(start, end), start, end, true);
  }

  /** Writes `replacement` in place of `raw[start, end)`. */
  replace(replacement: string, start: number, end: number): void {
    if (end <= start && replacement === '') return;
    this.push(replacement, start, end, false);
  }

  finish(): { text: string; map: OffsetMap } {
    return { text: this.parts.join(''), map: new OffsetMap(this.segments) };
  }

  private push(piece: string, rawStart: number, rawEnd: number, same: boolean): void {
    const last = this.segments[this.segments.length - 1];
    if (same && last?.same && last.rawEnd === rawStart) {
      last.cleanEnd += piece.length;
      last.rawEnd = rawEnd;
    } else {
      this.segments.push({ cleanStart: this.cleanLength, cleanEnd: this.cleanLength + piece.length, rawStart, rawEnd, same });
    }
    this.parts.push(piece);
    this.cleanLength += piece.length;
  }
}
