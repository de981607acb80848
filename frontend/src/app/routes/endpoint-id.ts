import { useParams } from 'react-router';

/** The :id of an endpoint route as a number, or null when it is not one (shown as "not found"). */
export function useEndpointId(): number | null {
  const { id } = useParams();
  const n = Number(id);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}
