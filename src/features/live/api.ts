/**
 * The live-class HTTP API (docs/live.md): every answer is checked before use, and every failure
 * becomes one of a few codes the UI turns into a sentence.
 */
import { pickStrings } from '@/persistence/pickStrings';

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

const MEMBERSHIP_FIELDS = ['classId', 'memberId', 'token', 'documentName', 'teamCode'] as const;
const MEMBERSHIP_TEXTS = ['displayName', 'classTitle'] as const;

export type CreatedClass = { classId: string; joinCode: string; instructorToken: string };
export type Membership = Record<
  (typeof MEMBERSHIP_FIELDS)[number] | (typeof MEMBERSHIP_TEXTS)[number],
  string
>;
export type Member = { memberId: string; displayName: string; documentName: string };
export type ClassMembers = { classTitle: string; members: Member[] };

type Reader<T> = (body: unknown) => T | null;

const readCreated: Reader<CreatedClass> = (body) =>
  pickStrings(body, ['classId', 'joinCode', 'instructorToken']);

const readMembership: Reader<Membership> = (body) =>
  pickStrings(body, MEMBERSHIP_FIELDS, { optional: MEMBERSHIP_TEXTS });

const readMembers: Reader<ClassMembers> = (body) => {
  const head = pickStrings(body, [], { optional: ['classTitle'] });
  const list: unknown = (body as { members?: unknown } | null)?.members;
  if (!head || !Array.isArray(list) || list.length > 1000) return null;
  const members: Member[] = [];
  for (const item of list) {
    const member = pickStrings(item, ['memberId', 'documentName'], { optional: ['displayName'] });
    if (!member) return null;
    members.push(member);
  }
  return { classTitle: head.classTitle, members };
};

function errorCode(status: number, body: unknown): LiveErrorCode {
  const code = pickStrings(body, ['error'])?.error ?? '';
  if ((LIVE_ERROR_CODES as readonly string[]).includes(code)) return code as LiveErrorCode;
  if (status === 429) return 'too_many_requests';
  if (status === 413) return 'too_large';
  if (status === 401 || status === 403) return 'unauthorized';
  return status >= 500 ? 'unreachable' : 'bad_response';
}

async function call<T>(
  path: string,
  read: Reader<T>,
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
  const value = read(body);
  return value ? { ok: true, value } : { ok: false, error: 'bad_response' };
}

const API = '/api/live';

export const createClass = (title: string) =>
  call(`${API}/classes`, readCreated, { method: 'POST', body: { title } });

export const joinClass = (joinCode: string, displayName: string) =>
  call(`${API}/join`, readMembership, { method: 'POST', body: { joinCode, displayName } });

export const joinTeam = (teamCode: string, displayName: string) =>
  call(`${API}/team`, readMembership, { method: 'POST', body: { teamCode, displayName } });

export const listMembers = (classId: string, instructorToken: string) =>
  call(`${API}/classes/${encodeURIComponent(classId)}/members`, readMembers, {
    method: 'GET',
    token: instructorToken,
  });

/** The collaboration websocket on the same origin that served the app. */
export function collabUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/collab`;
}
