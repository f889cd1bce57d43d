import { BatchPage } from '../../features/numbers/batch/batch-page.tsx';

/** /batch (and /batch?n=…, a short list in the link): many numbers at once. */
export function BatchRoute() {
  return <BatchPage />;
}
