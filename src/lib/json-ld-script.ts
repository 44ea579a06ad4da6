/**
 * Writing JSON-LD into the page (`structured-data` on the event card and the contact card) under
 * any Content-Security-Policy. A script's text is a Trusted Types sink: under
 * `require-trusted-types-for 'script'` a plain string is refused, so the text goes through a
 * policy named `loos-ui`, which the page allows with `trusted-types … loos-ui` (docs/integration.md).
 * The policy is created on first use only, so a page that never asks for JSON-LD needs no such
 * entry; it is private to this module and only ever lets JSON text through.
 */

/**
 * The JSON text for a `<script type="application/ld+json">`: `<` is escaped so that a title
 * such as `</script><script>…` can never close the script element.
 */
export function jsonLdScriptText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** The name to list in the page's `trusted-types` directive. */
export const TRUSTED_TYPES_POLICY = 'loos-ui';

interface ScriptPolicy {
  createScript(text: string): unknown;
}
interface PolicyFactory {
  createPolicy(name: string, rules: { createScript: (text: string) => string }): ScriptPolicy;
}

/** `null`: no Trusted Types in this browser, or the page's policy does not allow `loos-ui`. */
let policy: ScriptPolicy | null | undefined;

function scriptPolicy(): ScriptPolicy | null {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
  try {
    policy = factory?.createPolicy(TRUSTED_TYPES_POLICY, {
      // Throws on anything but JSON: the policy cannot carry a script, even if misused.
      createScript: (text) => {
        JSON.parse(text);
        return text;
      },
    }) ?? null;
  } catch {
    policy = null;
  }
  return policy;
}

/**
 * Writes `data` as the `<script type="application/ld+json">` child of `host` that carries the
 * attribute `marker`, creating it if needed. Returns false — with one French warning naming the
 * element — when the page's security policy refuses it; never throws.
 */
export function writeJsonLdScript(host: Element, marker: string, data: unknown): boolean {
  const existing = host.querySelector(`:scope > script[${marker}]`);
  const script = existing ?? host.ownerDocument.createElement('script');
  script.setAttribute('type', 'application/ld+json');
  script.setAttribute(marker, '');
  const text = jsonLdScriptText(data);
  try {
    // textContent, never innerHTML: the JSON is data. A TrustedScript where the page requires one.
    script.textContent = (scriptPolicy()?.createScript(text) ?? text) as string;
  } catch {
    console.warn(
      `<${host.localName}> structured-data : la politique de sécurité de la page (Trusted Types) refuse le JSON-LD. ` +
        `Ajoutez « ${TRUSTED_TYPES_POLICY} » à sa directive trusted-types (docs/integration.md).`,
    );
    return false;
  }
  if (existing === null) host.append(script);
  return true;
}
