import type { APIRoute, GetStaticPaths } from 'astro';
import { serializeJson } from '../../../core/api/documents.ts';
import { API_DOCUMENTS, apiJsonSchema, type ApiKind } from '../../../core/api/schemas.ts';
import { absoluteUrl } from '../../../core/urls.ts';
import { getSiteModel } from '../../../integration/runtime/model.ts';
import { textResponse } from '../../../integration/runtime/responses.ts';

export const getStaticPaths = (() => Object.keys(API_DOCUMENTS).map((kind) => ({ params: { kind } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const model = await getSiteModel();
  const kind = params.kind as ApiKind;
  const schema = apiJsonSchema(kind, absoluteUrl(model.config.url, model.links.apiSchemas[kind]));
  return textResponse(serializeJson(schema), 'application/schema+json');
};
