import { Inject, Injectable } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, Actor, AppConfig } from '@sopr/server-core';
import { Role } from '@sopr/shared';
import { AccessClaims } from './tokens.service';

export const JWT_STRATEGY = 'jwt';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, JWT_STRATEGY) {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    // A key object made once: given the string, jsonwebtoken first tries (and fails) to read it as a
    // public key on every request, about a tenth of the API's CPU on a list request.
    const secretOrKey = createSecretKey(Buffer.from(config.jwtSecret)) as unknown as string;
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey, algorithms: ['HS256'], passReqToCallback: true });
  }

  validate(request: { ip: string }, claims: AccessClaims): Actor {
    return {
      kind: 'user', id: claims.sub, role: claims.role as Role, regionId: claims.rid, municipalityId: claims.mid,
      organizationId: claims.oid, staffMemberId: claims.sid, ip: request.ip,
    };
  }
}
