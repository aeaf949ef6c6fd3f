import { rolesFrom } from '@/lib/validation/editor';
import { linkRules, type LinkRoleName } from '@/lib/validation/link';
import { recordSchemas, textFieldLimits, type RecordTypeName } from '@/lib/validation/records';

/**
 * What each type's form shows, read off the shared schemas so a field added there appears here:
 * its translatable fields (long ones as text areas), its attributes (enums as selects) and the
 * relations it owns with the types each may point to.
 */
export interface TextFieldConfig {
  name: string;
  long: boolean;
  required: boolean;
  max: number;
}

export interface AttributeFieldConfig {
  name: string;
  options?: string[];
}

export interface RelationConfig {
  role: LinkRoleName;
  targets: RecordTypeName[];
}

export interface FormConfig {
  type: RecordTypeName;
  texts: TextFieldConfig[];
  attributes: AttributeFieldConfig[];
  relations: RelationConfig[];
  citesParagraphs: boolean;
}

type Shape = Record<string, { def?: { type?: string; innerType?: unknown }; options?: string[]; _zod?: { def: Record<string, unknown> } }>;

export function formConfig(type: RecordTypeName): FormConfig {
  const schema = recordSchemas[type] as unknown as { shape: { texts: { shape: Shape }; attributes: unknown } };
  const texts = Object.entries(schema.shape.texts.shape).map(([name, field]) => {
    const max = textFieldLimits[name] ?? 500;
    return { name, long: max > 1000, required: !(field as { isOptional(): boolean }).isOptional(), max };
  });
  const attributesSchema = schema.shape.attributes as { shape?: Shape; _zod: { def: { innerType?: { shape: Shape } } } };
  const attributeShape = attributesSchema.shape ?? attributesSchema._zod.def.innerType?.shape ?? {};
  const attributes = Object.entries(attributeShape).map(([name, field]) => {
    const options = enumOptions(field);
    return options ? { name, options } : { name };
  });
  return {
    type,
    texts,
    attributes,
    relations: rolesFrom(type).map((role) => ({ role, targets: [...linkRules[role].to].filter((target) => role !== 'PART_OF' || target === type) as RecordTypeName[] })),
    citesParagraphs: type !== 'source',
  };
}

function enumOptions(field: unknown): string[] | undefined {
  let node = field as { options?: string[]; _zod?: { def: { innerType?: unknown } } } | undefined;
  for (let depth = 0; node && depth < 4; depth++) {
    if (Array.isArray(node.options)) return node.options;
    node = node._zod?.def.innerType as typeof node;
  }
  return undefined;
}
