import { z } from 'zod';
import { PolicySchema } from '../policy/schema';

type Json = Record<string, unknown>;

/**
 * Chrome's `storage.managed_schema` understands only a subset of JSON Schema (type, properties,
 * items, additionalProperties, enum, title, description): a schema it cannot read disables
 * managed storage altogether. So we derive it from the zod policy and keep only that subset;
 * the full validation still happens in zod when the policy is read.
 */
export function managedSchema(): Json {
  const full = z.toJSONSchema(PolicySchema, { io: 'input', unrepresentable: 'any' }) as Json;
  return chromeSubset(full);
}

function chromeSubset(node: Json): Json {
  const variants = (node.anyOf ?? node.oneOf) as Json[] | undefined;
  if (variants) {
    // e.g. "a URL or the empty string": both are strings to Chrome.
    const typed = variants.map(chromeSubset).filter((v) => v.type !== undefined);
    return typed[0] ?? { type: 'string' };
  }
  const out: Json = {};
  const type = node.type as string | undefined;
  if (node.description) out.description = node.description;
  switch (type) {
    case 'object': {
      out.type = 'object';
      const properties = node.properties as Record<string, Json> | undefined;
      if (properties) out.properties = Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, chromeSubset(v)]));
      if (node.additionalProperties && typeof node.additionalProperties === 'object') out.additionalProperties = chromeSubset(node.additionalProperties as Json);
      return out;
    }
    case 'array':
      out.type = 'array';
      out.items = node.items ? chromeSubset(node.items as Json) : { type: 'string' };
      return out;
    case 'string':
      out.type = 'string';
      if (Array.isArray(node.enum)) out.enum = node.enum;
      return out;
    case 'integer':
    case 'number':
    case 'boolean':
      out.type = type;
      return out;
    default:
      if (Array.isArray(node.enum)) return { type: 'string', enum: node.enum };
      return { type: 'string' };
  }
}
