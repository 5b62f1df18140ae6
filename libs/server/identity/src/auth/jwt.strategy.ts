import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, Actor, AppConfig } from '@sopr/server-core';
import { Role } from '@sopr/shared';
import { AccessClaims } from './tokens.service';

export const JWT_STRATEGY = 'jwt';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, JWT_STRATEGY) {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: config.jwtSecret, algorithms: ['HS256'], passReqToCallback: true });
  }

  validate(request: { ip: string }, claims: AccessClaims): Actor {
    return {
      kind: 'user', id: claims.sub, role: claims.role as Role, regionId: claims.rid, municipalityId: claims.mid,
      organizationId: claims.oid, staffMemberId: claims.sid, ip: request.ip,
    };
  }
}
