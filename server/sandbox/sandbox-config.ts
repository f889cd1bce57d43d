import type { AppConfigBody } from '../api-routes.ts';
import { featuredDemoNumbers } from './demo-numbers.ts';
import { reservedNumbers } from './reserved-numbers.ts';

export const sandboxAppConfig: AppConfigBody = {
  mode: 'demo',
  featuredNumbers: featuredDemoNumbers,
  reservedNumbers: reservedNumbers.map(({ telephoneNumber, description }) => ({
    telephoneNumber,
    description,
  })),
};
