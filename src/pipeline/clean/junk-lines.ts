// Recognizes lines that are not article text: related links, share crumbs, photo credits.

const RULES: { reason: string; pattern: RegExp }[] = [
  // "Read More: President hails new rail link", "Also read: …", "READ: …"
  { reason: 'related-link', pattern: /^\s*(?:read more|also read|read also|see also|related(?: stories| articles| news)?|more on this|recommended|you may also like|read|watch|listen)\s*[:>|»\-–—]/i },
  // "Click here to subscribe", "Subscribe to our newsletter"
  { reason: 'call-to-action', pattern: /^\s*(?:click here|tap here|subscribe|sign up|follow us|download (?:our|the) app|join our)\b/i },
  // "Share", "Tweet", "Facebook Twitter WhatsApp Email"
  { reason: 'share-crumb', pattern: /^\s*(?:(?:share|tweet|email|print|facebook|twitter|x|whatsapp|linkedin|telegram|copy link|comments?)\s*(?:\||·|,)?\s*)+$/i },
  // "Photo: AFP", "(Photo: Reuters/File)", "File photo", "Image credit: …", "— AP Photo"
  { reason: 'photo-credit', pattern: /^\s*[([]?\s*(?:(?:file |reuters |afp |ap )?photo(?:graph)?s?|image|picture|pic|caption|credit|illustration)(?: credit| courtesy)?\s*(?:[:/|\-–—]|by\b|courtesy\b)/i },
  { reason: 'photo-credit', pattern: /^\s*[-–—]?\s*(?:(?:reuters|afp|ap|getty|epa|anadolu|xinhua)(?: images)?\s*)?(?:file\s*)?photos?\s*[)\]]?\s*$/i },
];

// Credits and calls to action are a few words; a longer line that starts the same way is prose:
// "Photos by the ministry showed troops at the crossing." is article text.
const MAX_WORDS: Record<string, number> = { 'photo-credit': 6, 'call-to-action': 10 };

/** Why a line is not article text, or null when it is. Short lines only: a long line is prose. */
export function dropReason(line: string): string | null {
  if (line.length > 300 || line.trim() === '') return null;
  const words = line.trim().split(/\s+/).length;
  for (const rule of RULES) if (rule.pattern.test(line) && words <= (MAX_WORDS[rule.reason] ?? Infinity)) return rule.reason;
  return null;
}
