import type { ComplexAttributeConverter } from 'lit';

/**
 * Reads an attribute holding a JSON object. A typo in a CMS template must not throw out of the element: it is
 * reported once on the console and the attribute counts as absent.
 */
export const jsonObjectAttribute: ComplexAttributeConverter<Record<string, string> | undefined> = {
  fromAttribute(value) {
    if (!value?.trim()) return undefined;
    try {
      const parsed: unknown = JSON.parse(value);
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
        return parsed as Record<string, string>;
      }
      console.warn(`news-elements: expected a JSON object, got ${value}`);
    } catch (error) {
      console.warn(`news-elements: ${value} is not valid JSON (${String(error)}).`);
    }
    return undefined;
  },
  toAttribute(value) {
    return value ? JSON.stringify(value) : null;
  },
};
