// The CAMEO actor roles (sectors) Dyad assigns, as a zod schema shared by the knowledge files.
import { z } from 'zod';

// IMG is CAMEO's international militarized group, a militant network of no one country (Islamic State, al-Qaeda).
export const sectorSchema = z.enum(['GOV', 'MIL', 'BUS', 'ELI', 'OPP', 'MED', 'NGO', 'IGO', 'IMG', 'REB', 'CVL', 'JUD', 'LEG', 'COP', 'SPY', 'EDU', 'LAB', 'REL']);
export const alpha3Schema = z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code such as "PAK"');
