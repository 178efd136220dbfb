// Characters XML 1.0 forbids even when escaped; a stray one would make a whole feed unreadable.
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text without the control characters that XML cannot carry at all. */
export function xmlSafe(text: string): string {
  return text.replace(FORBIDDEN_IN_XML, '');
}

/** Escapes text for HTML or XML, in element content and in quoted attributes alike. */
export function escapeMarkup(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}
