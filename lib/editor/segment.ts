import { segments } from '@/lib/data/record-types';
import type { RecordTypeName } from '@/lib/validation/records';

/** The record type an editors' URL segment names (/admin/statements → statement), or null. */
export function typeOfSegment(segment: string): RecordTypeName | null {
  const found = Object.entries(segments).find(([, value]) => value === segment);
  return (found?.[0] as RecordTypeName | undefined) ?? null;
}
