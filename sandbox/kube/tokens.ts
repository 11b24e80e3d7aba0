import { randomBytes } from 'node:crypto';
import { ApiError } from './status';

export interface UserInfo {
  name: string;
  groups: string[];
}

/** The written kubeconfig's user: a cluster admin, as `kind` and minikube hand out. */
export const adminToken = 'sandbox';
export const admin: UserInfo = { name: 'sandbox-admin', groups: ['system:masters', 'system:authenticated'] };

interface Issued {
  user: UserInfo;
  expiresAt: number;
}

export function unauthorized(): ApiError {
  return new ApiError(401, 'Unauthorized', 'Unauthorized');
}

/**
 * The authenticator: bearer tokens are the admin's or service-account tokens issued through the
 * TokenRequest subresource (`kubectl create token`), valid until their expiry. A request without a token
 * is the admin's, so the written kubeconfig and plain HTTP clients keep working.
 */
export class Tokens {
  private readonly issued = new Map<string, Issued>();

  issue(
    namespace: string,
    serviceAccount: string,
    expirationSeconds: number,
    now = Date.now(),
  ): {
    token: string;
    expiresAt: number;
  } {
    const token = `sa.${randomBytes(24).toString('base64url')}`;
    const expiresAt = now + expirationSeconds * 1000;
    this.issued.set(token, {
      user: {
        name: `system:serviceaccount:${namespace}:${serviceAccount}`,
        groups: ['system:serviceaccounts', `system:serviceaccounts:${namespace}`, 'system:authenticated'],
      },
      expiresAt,
    });
    return { token, expiresAt };
  }

  /**
   * Ends an issued token's lifetime now, as if its expirationTimestamp had passed: how a test gets an expired
   * token without waiting the 10 minutes a TokenRequest lasts at least. False for a token never issued.
   */
  expire(token: string, now = Date.now()): boolean {
    const issued = this.issued.get(token);
    if (!issued) return false;
    issued.expiresAt = Math.min(issued.expiresAt, now);
    return true;
  }

  /** The user of an `Authorization` header; throws 401 for an unknown or expired token. */
  authenticate(header: string | undefined, now = Date.now()): UserInfo {
    const token = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
    if (!header || token === adminToken) return admin;
    const issued = token ? this.issued.get(token) : undefined;
    if (!issued || issued.expiresAt <= now) throw unauthorized();
    return issued.user;
  }
}
