/**
 * The live-class HTTP API (docs/live.md): every answer is checked before use, and every failure
 * becomes one of a few codes the UI turns into a sentence.
 */
import { z } from 'zod';

/** Codes the server sends (`{ error: code }`), plus the two the client finds itself. */
export const LIVE_ERROR_CODES = [
  'unknown_code',
  'class_full',
  'invalid_name',
  'expired',
  'unauthorized',
  'too_many_requests',
  'too_large',
  /** No answer, or not the live server's (e.g. the app was served without one). */
  'unreachable',
  /** An answer that does not have the expected shape. */
  'bad_response',
] as const;
export type LiveErrorCode = (typeof LIVE_ERROR_CODES)[number];

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: LiveErrorCode };

const text = z.string().min(1).max(500);

const createdClassSchema = z.object({ classId: text, joinCode: text, instructorToken: text });
export type CreatedClass = z.infer<typeof createdClassSchema>;

const membershipSchema = z.object({
  classId: text,
  memberId: text,
  token: text,
  documentName: text,
  teamCode: text,
  displayName: z.string().max(200),
  classTitle: z.string().max(500),
});
export type Membership = z.infer<typeof membershipSchema>;

const memberSchema = z.object({
  memberId: text,
  displayName: z.string().max(200),
  documentName: text,
  joinedAt: z.union([z.string(), z.number()]),
});
export type Member = z.infer<typeof memberSchema>;
const membersSchema = z.object({
  classTitle: z.string().max(500),
  members: z.array(memberSchema).max(1000),
});
export type ClassMembers = z.infer<typeof membersSchema>;

const errorSchema = z.object({ error: z.string() });

function errorCode(status: number, body: unknown): LiveErrorCode {
  const parsed = errorSchema.safeParse(body);
  const code = parsed.success ? parsed.data.error : '';
  if ((LIVE_ERROR_CODES as readonly string[]).includes(code)) return code as LiveErrorCode;
  if (status === 429) return 'too_many_requests';
  if (status === 413) return 'too_large';
  if (status === 401 || status === 403) return 'unauthorized';
  return status >= 500 ? 'unreachable' : 'bad_response';
}

async function call<T>(
  path: string,
  schema: z.ZodType<T>,
  init: { method: 'GET' | 'POST'; body?: unknown; token?: string },
): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method,
      headers: {
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch {
    return { ok: false, error: 'unreachable' };
  }
  // A server without the live API answers with the app's HTML: that is "unreachable" too.
  if (!response.headers.get('content-type')?.includes('application/json')) {
    return {
      ok: false,
      error:
        response.ok || response.status === 404 ? 'unreachable' : errorCode(response.status, null),
    };
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return { ok: false, error: 'bad_response' };
  }
  if (!response.ok) return { ok: false, error: errorCode(response.status, body) };
  const parsed = schema.safeParse(body);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: 'bad_response' };
}

const API = '/api/live';

export const createClass = (title: string) =>
  call(`${API}/classes`, createdClassSchema, { method: 'POST', body: { title } });

export const joinClass = (joinCode: string, displayName: string) =>
  call(`${API}/join`, membershipSchema, { method: 'POST', body: { joinCode, displayName } });

export const joinTeam = (teamCode: string, displayName: string) =>
  call(`${API}/team`, membershipSchema, { method: 'POST', body: { teamCode, displayName } });

export const listMembers = (classId: string, instructorToken: string) =>
  call(`${API}/classes/${encodeURIComponent(classId)}/members`, membersSchema, {
    method: 'GET',
    token: instructorToken,
  });

/** The collaboration websocket on the same origin that served the app. */
export function collabUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/collab`;
}
