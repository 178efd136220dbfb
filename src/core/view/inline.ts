/** A sentence made of text and links, so pages render links and feeds render plain text from one source. */
export type Inline = { text: string; href?: string }[];

export function inlineText(parts: Inline): string {
  return parts.map((part) => part.text).join('');
}
