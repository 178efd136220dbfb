import type { APIRoute } from 'astro';
import { roadmapDocument, serializeJson } from '../../../core/api/documents.ts';
import { getSiteModel } from '../../../integration/runtime/model.ts';
import { textResponse } from '../../../integration/runtime/responses.ts';

export const GET: APIRoute = async () => textResponse(serializeJson(roadmapDocument(await getSiteModel())), 'application/json');
