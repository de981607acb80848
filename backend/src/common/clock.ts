import { Injectable } from '@nestjs/common';

/** Time source for services; pure functions take `now` as a parameter instead. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
