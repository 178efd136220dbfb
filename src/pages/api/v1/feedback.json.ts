import type { APIRoute } from 'astro';
import { feedbackDocument, serializeJson } from '../../../core/api/documents.ts';
import { getSiteModel } from '../../../lib/model.ts';
import { textResponse } from '../../../lib/responses.ts';

export const GET: APIRoute = async () =>
  textResponse(serializeJson(feedbackDocument(await getSiteModel())), 'application/json');
