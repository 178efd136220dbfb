/** Static files carry their type by extension; these headers matter for `astro dev` and on-demand hosts. */
export function textResponse(body: string, type: string): Response {
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}
