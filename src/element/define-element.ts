/**
 * Registers `element` as `tagName` unless that name is taken, so that a page loading the script twice, or
 * both bundles, throws nothing. The same class cannot own two names, so a second name gets a subclass.
 */
export function defineElement(tagName: string, element: CustomElementConstructor): void {
  if (customElements.get(tagName)) return;
  const registry = customElements as CustomElementRegistry & {
    getName?(ctor: CustomElementConstructor): string | null;
  };
  const owned = registry.getName?.(element) ?? null;
  customElements.define(tagName, owned ? class extends element {} : element);
}
