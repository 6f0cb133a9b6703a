// The OpenAPI schema of a stored event as the API sends it: the store's StoredEvent, field for field.
import { z } from '@hono/zod-openapi';

const ActorSchema = z
  .object({
    name: z.string().nullable().openapi({ example: 'Musalia Mudavadi' }),
    country: z.string().nullable().openapi({ example: 'KEN' }),
    sector: z.string().nullable().openapi({ example: 'GOV' }),
    code: z.string().nullable().openapi({ description: 'CAMEO actor code: country and sector.', example: 'KENGOV' }),
  })
  .openapi('EventActor');

export const EventSchema = z
  .object({
    id: z.number().int(),
    date: z.string().nullable().openapi({ description: 'As precise as the sources gave it: 2025-03-13, 2025-W11 or 2025-07; null when undated.' }),
    cameo: z.string().openapi({ example: '041' }),
    cameoName: z.string(),
    plover: z.string().nullable(),
    goldstein: z.number(),
    quadClass: z.number().int().min(1).max(4),
    source: ActorSchema.nullable().openapi({ description: 'Null when the sources name no doer ("the embassy was attacked").' }),
    target: ActorSchema.nullable(),
    amount: z.object({ value: z.number(), currency: z.string(), text: z.string() }).nullable(),
    location: z
      .object({ name: z.string(), country: z.string().nullable(), kind: z.enum(['country', 'city', 'region', 'place']) })
      .nullable()
      .openapi({ description: 'Where it happened, when a report names the place: {"name": "Addis Ababa", "country": "ETH", "kind": "city"}.' }),
    negated: z.boolean(),
    modality: z.string(),
    confidence: z.number(),
    numMentions: z.number().int(),
    numArticles: z.number().int(),
    numSources: z.number().int(),
    sources: z
      .array(z.object({ id: z.string(), url: z.string().nullable(), copy: z.boolean() }))
      .openapi({ description: 'The documents that report it (ids for GET /documents/{id}); copy marks a syndicated copy.' }),
    evidence: z.string().openapi({ description: 'The sentence of the first report.' }),
  })
  .openapi('Event');
