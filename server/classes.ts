/** Classes, their members and who may open which canvas. Only hashes of secrets are stored. */
import type { Db } from './db';
import { formatCode, hashSecret, newCode, newId, newToken, normalizeCode } from './secrets';

export type ErrorCode =
  | 'unknown_code'
  | 'class_full'
  | 'invalid_name'
  | 'expired'
  | 'unauthorized'
  | 'too_many_requests'
  | 'too_large'
  | 'invalid_request';

export class ClassError extends Error {
  constructor(readonly code: ErrorCode) {
    super(code);
  }
}

export interface Membership {
  classId: string;
  memberId: string;
  token: string;
  documentName: string;
  teamCode: string;
  displayName: string;
  classTitle: string;
}

/**
 * Who a websocket token speaks for on the document it asked for: a student or teammate working on
 * their own canvas, or the class's instructor (server/policy.ts decides what each may change).
 */
export type Access =
  | { classId: string; role: 'student'; memberId: string; displayName: string }
  | { classId: string; role: 'instructor' };

const DOCUMENT_NAME = /^class\/([0-9a-f]{32})\/canvas\/([0-9a-f]{32})$/;

export const classIdOf = (documentName: string): string | undefined =>
  DOCUMENT_NAME.exec(documentName)?.[1];

/**
 * A display name as given, trimmed: any text, shown as text by the client (never HTML); control
 * characters are refused so a name cannot break a line or a log.
 */
function displayNameOf(raw: unknown): string {
  if (typeof raw !== 'string') throw new ClassError('invalid_name');
  const name = raw.normalize('NFC').trim();
  // eslint-disable-next-line no-control-regex
  if (name.length < 1 || name.length > 60 || /[\u0000-\u001f\u007f-\u009f]/.test(name)) {
    throw new ClassError('invalid_name');
  }
  return name;
}

function titleOf(raw: unknown): string {
  if (raw === undefined || raw === null) return '';
  if (typeof raw !== 'string' || raw.length > 120) throw new ClassError('invalid_request');
  // eslint-disable-next-line no-control-regex
  return raw.trim().replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}

interface ClassRow {
  id: string;
  title: string;
  expires_at: number;
}

export class Classes {
  private readonly q;

  constructor(
    private readonly db: Db,
    private readonly options: { lifetimeMs: number; membersPerClass: number },
  ) {
    this.q = {
      insertClass: db.prepare(
        'INSERT INTO classes (id, title, join_code_hash, instructor_token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      classByCode: db.prepare<[string], ClassRow>(
        'SELECT id, title, expires_at FROM classes WHERE join_code_hash = ?',
      ),
      classByInstructor: db.prepare<[string], ClassRow>(
        'SELECT id, title, expires_at FROM classes WHERE instructor_token_hash = ?',
      ),
      classById: db.prepare<[string], ClassRow>(
        'SELECT id, title, expires_at FROM classes WHERE id = ?',
      ),
      insertCanvas: db.prepare(
        'INSERT INTO canvases (document_name, class_id, team_code_hash, created_at) VALUES (?, ?, ?, ?)',
      ),
      canvasByTeam: db.prepare<[string], { document_name: string; class_id: string }>(
        'SELECT document_name, class_id FROM canvases WHERE team_code_hash = ?',
      ),
      canvasExists: db.prepare<[string, string], { n: number }>(
        'SELECT 1 AS n FROM canvases WHERE document_name = ? AND class_id = ?',
      ),
      insertMember: db.prepare(
        'INSERT INTO members (id, class_id, document_name, display_name, token_hash, joined_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      memberCount: db.prepare<[string], { n: number }>(
        'SELECT COUNT(*) AS n FROM members WHERE class_id = ?',
      ),
      memberByToken: db.prepare<
        [string],
        {
          id: string;
          class_id: string;
          document_name: string;
          display_name: string;
          expires_at: number;
        }
      >(
        'SELECT id, class_id, document_name, display_name, expires_at FROM members WHERE token_hash = ?',
      ),
      members: db.prepare<
        [string],
        { id: string; display_name: string; document_name: string; joined_at: number }
      >(
        'SELECT id, display_name, document_name, joined_at FROM members WHERE class_id = ? ORDER BY joined_at, id',
      ),
    };
  }

  create(rawTitle: unknown): { classId: string; joinCode: string; instructorToken: string } {
    const title = titleOf(rawTitle);
    const classId = newId();
    const joinCode = newCode();
    const instructorToken = newToken();
    const now = Date.now();
    this.q.insertClass.run(
      classId,
      title,
      hashSecret(normalizeCode(joinCode)!),
      hashSecret(instructorToken),
      now,
      now + this.options.lifetimeMs,
    );
    return { classId, joinCode, instructorToken };
  }

  /** A student joins with the class code and gets a canvas of their own. */
  join(rawCode: unknown, rawName: unknown): Membership {
    const code = normalizeCode(rawCode);
    const found = code === undefined ? undefined : this.q.classByCode.get(hashSecret(code));
    if (!found) throw new ClassError('unknown_code');
    const displayName = displayNameOf(rawName);
    this.checkOpen(found);
    const documentName = `class/${found.id}/canvas/${newId()}`;
    const teamCode = newCode();
    return this.db.transaction(() => {
      this.checkRoom(found.id);
      this.q.insertCanvas.run(
        documentName,
        found.id,
        hashSecret(normalizeCode(teamCode)!),
        Date.now(),
      );
      return this.addMember(found, documentName, displayName, teamCode);
    })();
  }

  /** A teammate joins the canvas whose team code they were given. */
  joinTeam(rawCode: unknown, rawName: unknown): Membership {
    const code = normalizeCode(rawCode);
    const canvas = code === undefined ? undefined : this.q.canvasByTeam.get(hashSecret(code));
    const found = canvas && this.q.classById.get(canvas.class_id);
    if (!canvas || !found) throw new ClassError('unknown_code');
    const displayName = displayNameOf(rawName);
    this.checkOpen(found);
    return this.db.transaction(() => {
      this.checkRoom(found.id);
      // The team code was typed, so it is the normalised one the member gets back.
      return this.addMember(found, canvas.document_name, displayName, formatCode(code!));
    })();
  }

  members(classId: string, instructorToken: string) {
    const found = this.q.classByInstructor.get(hashSecret(instructorToken));
    if (!found || found.id !== classId) throw new ClassError('unauthorized');
    this.checkOpen(found);
    return {
      classTitle: found.title,
      members: this.q.members.all(classId).map((m) => ({
        memberId: m.id,
        displayName: m.display_name,
        documentName: m.document_name,
        joinedAt: new Date(m.joined_at).toISOString(),
      })),
    };
  }

  /** Who the token belongs to, and whether it may open `documentName` (throws otherwise). */
  authorize(token: string, documentName: string): Access {
    const classId = classIdOf(documentName);
    if (!classId || typeof token !== 'string' || token.length === 0 || token.length > 200) {
      throw new ClassError('unauthorized');
    }
    const hash = hashSecret(token);
    const member = this.q.memberByToken.get(hash);
    if (member) {
      if (member.document_name !== documentName) throw new ClassError('unauthorized');
      if (member.expires_at <= Date.now()) throw new ClassError('expired');
      return { classId, role: 'student', memberId: member.id, displayName: member.display_name };
    }
    const instructed = this.q.classByInstructor.get(hash);
    if (!instructed || instructed.id !== classId) throw new ClassError('unauthorized');
    if (!this.q.canvasExists.get(documentName, classId)) throw new ClassError('unauthorized');
    this.checkOpen(instructed);
    return { classId, role: 'instructor' };
  }

  private addMember(
    found: ClassRow,
    documentName: string,
    displayName: string,
    teamCode: string,
  ): Membership {
    const memberId = newId();
    const token = newToken();
    this.q.insertMember.run(
      memberId,
      found.id,
      documentName,
      displayName,
      hashSecret(token),
      Date.now(),
      found.expires_at,
    );
    return {
      classId: found.id,
      memberId,
      token,
      documentName,
      teamCode,
      displayName,
      classTitle: found.title,
    };
  }

  private checkOpen(found: ClassRow): void {
    if (found.expires_at <= Date.now()) throw new ClassError('expired');
  }

  private checkRoom(classId: string): void {
    if (this.q.memberCount.get(classId)!.n >= this.options.membersPerClass)
      throw new ClassError('class_full');
  }
}
