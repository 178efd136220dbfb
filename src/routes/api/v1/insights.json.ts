import type { APIRoute } from 'astro';
import { insightsDocument, serializeJson } from '../../../core/api/documents.ts';
import { getSiteModel } from '../../../integration/runtime/model.ts';
import { textResponse } from '../../../integration/runtime/responses.ts';

export const GET: APIRoute = async () => textResponse(serializeJson(insightsDocument(await getSiteModel())), 'application/json');
