import { segments } from '@/lib/data/record-types';
import type { RecordTypeName } from '@/lib/validation/records';

/** The record type an API path segment names (statements → statement), or null. */
export function typeFromSegment(segment: string): RecordTypeName | null {
  const entry = Object.entries(segments).find(([, value]) => value === segment);
  return entry ? (entry[0] as RecordTypeName) : null;
}
