import { Injectable } from '@nestjs/common';
import { hash, verify, type Algorithm } from '@node-rs/argon2';

// Algorithm is a const enum, which isolated-module builds cannot import as a value: 2 = Argon2id.
const ARGON2ID = 2 as Algorithm;

/** Argon2id with the library's recommended costs (19 MiB, 2 passes). */
@Injectable()
export class PasswordHasher {
  private dummy: Promise<string> | undefined;

  hash(password: string): Promise<string> {
    return hash(password, { algorithm: ARGON2ID });
  }

  /**
   * Checks a password against a stored hash; with no hash (unknown user, pending invitation) it checks a
   * dummy hash anyway, so that a wrong email takes as long as a wrong password.
   */
  async verify(stored: string | null | undefined, password: string): Promise<boolean> {
    if (!stored) {
      this.dummy ??= this.hash('apimon-dummy-password-for-timing');
      await verify(await this.dummy, password).catch(() => false);
      return false;
    }
    try {
      return await verify(stored, password);
    } catch {
      return false;
    }
  }
}
