// Keeps only web addresses from untrusted input: absolute http(s) URLs, never javascript:, data: or file:.

/**
 * An absolute http(s) URL, resolved against `base` when relative; null for anything else.
 * @example webUrl('/world/talks', 'https://news.example/home') // 'https://news.example/world/talks'
 * @example webUrl('javascript:alert(1)', null) // null
 */
export function webUrl(value: string | null | undefined, base: string | null): string | null {
  if (!value?.trim()) return null;
  try {
    const url = new URL(value.trim(), base ?? undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
