import type { APIRoute } from 'astro';
import { changelogDocument, serializeJson } from '../../../core/api/documents.ts';
import { getReleaseHtml } from '../../../integration/runtime/release-html.ts';
import { getSiteModel } from '../../../integration/runtime/model.ts';
import { textResponse } from '../../../integration/runtime/responses.ts';

export const GET: APIRoute = async () => {
  const [model, html] = await Promise.all([getSiteModel(), getReleaseHtml()]);
  return textResponse(serializeJson(changelogDocument(model, html)), 'application/json');
};
