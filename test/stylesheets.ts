import { CSSResult } from 'lit';

/** One `property: value` of a stylesheet. */
export interface Declaration {
  property: string;
  value: string;
}

/** A module's exported stylesheet, by the module's path from the repository root and the export's name. */
export interface Stylesheet {
  path: string;
  name: string;
  results: CSSResult[];
  declarations: Declaration[];
}

/** A custom element the manifest declares: its module, its class and the custom properties it documents. */
export interface ManifestElement {
  path: string;
  className: string;
  tagName: string;
  cssProperties: string[];
}

interface Manifest {
  modules: {
    path: string;
    declarations?: {
      name: string;
      tagName?: string;
      customElement?: boolean;
      cssProperties?: { name: string }[];
    }[];
  }[];
}

/** Every custom element with a tag name in the committed `custom-elements.json`. */
export async function manifestElements(): Promise<ManifestElement[]> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => ({
        path: module.path,
        className: declaration.name,
        tagName: declaration.tagName!,
        cssProperties: (declaration.cssProperties ?? []).map((property) => property.name),
      })),
  );
}

/** Paths of the modules under `src/` (tests aside) whose text holds a `css` tagged template. */
export async function stylesheetModules(): Promise<string[]> {
  const query = new URLSearchParams({ under: 'src', ending: '.ts', containing: 'css`' });
  const paths = (await (await fetch(`/__fault/files?${query}`)).json()) as string[];
  return paths.filter((path) => !path.endsWith('.test.ts'));
}

/** The stylesheets a module exports (a `CSSResult`, or a list of them), with their declarations. */
export async function exportedStylesheets(path: string): Promise<Stylesheet[]> {
  const module = (await import(`/${path}`)) as Record<string, unknown>;
  return Object.entries(module).flatMap(([name, value]) => {
    const results = [value].flat(Infinity).filter((item): item is CSSResult => item instanceof CSSResult);
    return results.length ? [{ path, name, results, declarations: declarationsOf(results.join('\n')) }] : [];
  });
}

/** The declarations of CSS text (rules, at-rules and fragments alike), comments left out. */
function declarationsOf(cssText: string): Declaration[] {
  return cssText
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/[;{}]/)
    .map((chunk) => /^\s*(--[\w-]+|[a-z-]+)\s*:([\s\S]*)$/i.exec(chunk))
    .filter((match) => match !== null)
    .map(([, property, value]) => ({ property, value: value.trim() }));
}

/** The custom properties a value reads with `var()`. */
export const readsOf = (value: string): string[] =>
  [...value.matchAll(/var\(\s*(--[\w-]+)/g)].map((match) => match[1]);

/** `--_*` names are the elements' own; every other custom property comes from the host page. */
export const isPrivate = (name: string): boolean => name.startsWith('--_');
