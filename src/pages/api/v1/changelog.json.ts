import type { APIRoute } from 'astro';
import { changelogDocument, serializeJson } from '../../../core/api/documents.ts';
import { getReleaseHtml } from '../../../lib/release-html.ts';
import { getSiteModel } from '../../../lib/model.ts';
import { textResponse } from '../../../lib/responses.ts';

export const GET: APIRoute = async () => {
  const [model, html] = await Promise.all([getSiteModel(), getReleaseHtml()]);
  return textResponse(serializeJson(changelogDocument(model, html)), 'application/json');
};
