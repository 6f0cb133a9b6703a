// The CAMEO event table: code → name, Goldstein score, quad class, PLOVER type (cameo.json).
import { z } from 'zod';

export const cameoSchema = z.object({
  $comment: z.string().optional(),
  codes: z.array(
    z.object({
      code: z.string().regex(/^\d{2,4}$/),
      name: z.string().min(1),
      goldstein: z.number().min(-10).max(10).nullable(),
      quadClass: z.number().int().min(1).max(4),
      plover: z.string().nullable(),
      ploverMode: z.string().nullable(),
      ploverContext: z.string().nullable(),
    }),
  ),
});

export interface CameoCode {
  code: string;
  name: string;
  goldstein: number;
  quadClass: number;
  plover: string | null;
}

export type CameoTable = Map<string, CameoCode>;

/** Indexes the table by code; a code without its own Goldstein score takes its parent's (1951 → 195). */
export function buildCameo(data: z.infer<typeof cameoSchema>): CameoTable {
  const table: CameoTable = new Map();
  for (const c of data.codes) {
    let goldstein = c.goldstein;
    for (let parent = c.code.slice(0, -1); goldstein === null && parent.length >= 2; parent = parent.slice(0, -1)) {
      goldstein = table.get(parent)?.goldstein ?? null;
    }
    table.set(c.code, { code: c.code, name: c.name, goldstein: goldstein ?? 0, quadClass: c.quadClass, plover: c.plover });
  }
  return table;
}
