import { JwtService } from '@nestjs/jwt';
import { User } from '@sopr/server-identity';
import { TestApp } from './test-app';
import { PASSWORD } from './world';

/** Logs in through the real endpoint and returns the token pair. */
export async function login(t: TestApp, email: string, password = PASSWORD): Promise<{ accessToken: string; refreshToken: string }> {
  const response = await t.http.post('/api/v1/auth/login').send({ email, password });
  if (response.status !== 200) throw new Error(`login ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** An access token signed like the server does (for tests that need many actors quickly). */
export function accessTokenFor(t: TestApp, user: User, expiresIn = 900): string {
  const jwt = new JwtService({ secret: t.config.jwtSecret });
  return jwt.sign(
    { sub: user.id, role: user.role, rid: user.regionId, mid: user.municipalityId, oid: user.organizationId, sid: user.staffMemberId },
    { expiresIn },
  );
}
